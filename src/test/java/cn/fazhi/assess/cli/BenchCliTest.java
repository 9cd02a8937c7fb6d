package cn.fazhi.assess.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark runs end to end on a few reports; its figures are for docs/performance.md, not asserted. */
class BenchCliTest {
    private static CliTest.Run run(String... args) {
        CommandLine cmd = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new CliTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void benchIsNotInTheShippedCommands() {
        assertThat(App.commandLine().getSubcommands()).doesNotContainKey("bench");
    }

    @Test
    void benchPrintsItsTableAndTheRulesAgreeWithTheJavaLoop() {
        CliTest.Run r = run("--reports", "10", "--threads", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("10 synthetic reports").contains("| rule stage ÷ Java loop (1 thread, medians) |").contains("(median of 5 passes; ")
                .contains("| equal |").contains("| units scored / failed in that run | 10 / 0 |");
    }

    @Test
    void generateOnlyWritesTheReportsAndRefusesAFolderInUse(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("reports");
        CliTest.Run r = run("--reports", "7", "--generate", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(7).startsWith("report-000000.txt").endsWith("report-000006.txt");
        }
        String first = Files.readString(dir.resolve("report-000000.txt"));

        CliTest.Run again = run("--reports", "7", "--generate", dir.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("not an empty folder");
        assertThat(Files.readString(dir.resolve("report-000000.txt"))).isEqualTo(first);
    }
}
