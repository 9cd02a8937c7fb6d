package cn.fazhi.assess.cli;

import org.junit.jupiter.api.Test;

import static cn.fazhi.assess.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark runs end to end on a few reports; its figures are for docs/performance.md, not asserted. */
class BenchCliTest {
    @Test
    void benchPrintsItsTableAndTheRulesAgreeWithTheJavaLoop() {
        CliTest.Run r = run("bench", "--reports", "10", "--threads", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("10 synthetic reports").contains("| rule stage ÷ Java loop (1 thread, medians) |").contains("(median of 5 passes; ")
                .contains("| equal |").contains("| units scored / failed in that run | 10 / 0 |");
    }
}
