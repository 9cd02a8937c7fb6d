package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Checklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `check` proves on every criterion that the rules give exactly one finding, and names the case where they do not. */
class OneFindingProofTest {

    @Test
    void theBundledRulesGiveEveryCriterionOneFindingInEveryCase() {
        OneFindingProof.Result result = OneFindingProof.check(RuleHarness.CHECKLIST, RuleHarness.ENGINE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).isGreaterThan(10_000);
    }

    @Test
    void aMissingRuleIsFoundWithTheCaseItLeavesUndecided(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        String drl = Files.readString(Path.of("rules/00_methods.drl"));
        int start = drl.indexOf("rule \"quantity-exempt\"");
        Files.writeString(rules.resolve("00_methods.drl"), drl.substring(0, start) + drl.substring(drl.indexOf("end\n", start) + 4));
        Checklist checklist = RuleHarness.CHECKLIST;

        OneFindingProof.Result result = OneFindingProof.check(checklist,
                new ScoringEngine(checklist, RuleBase.compile(rules, checklist, false)));

        assertThat(result.problems()).isNotEmpty().first().asString()
                .startsWith("criterion G1 (").contains("dispute.litigation_cases=0.0").contains("got no finding");
    }

    @Test
    void overlappingRulesAreFound(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        // the not-reported rule of rate and count without its condition on the claims overlaps the claimed one
        Files.writeString(rules.resolve("00_methods.drl"), Files.readString(Path.of("rules/00_methods.drl"))
                .replace("figure == null, exemption == null, computedRate == null, claims.size == 0",
                        "figure == null, exemption == null, computedRate == null"));
        Checklist checklist = RuleHarness.CHECKLIST;

        OneFindingProof.Result result = OneFindingProof.check(checklist,
                new ScoringEngine(checklist, RuleBase.compile(rules, checklist, false)));

        assertThat(result.problems()).isNotEmpty().anySatisfy(p -> assertThat(p)
                .contains("got 2 findings").contains("quantity-claimed-not-quantified").contains("quantity-not-reported"));
    }
}
