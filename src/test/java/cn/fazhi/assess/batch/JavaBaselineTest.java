package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.UnitInfo;
import cn.fazhi.assess.scoring.OneFindingProof;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's hand-written loop must decide as the rules do, or the benchmark compares unlike things: every
 * criterion, in every profile, on every case the rules are proved on, gives the same finding both ways.
 */
class JavaBaselineTest {

    @Test
    void theJavaLoopDecidesEveryCaseAsTheRulesDo() {
        List<String> differ = new ArrayList<>();
        Set<String> outcomes = new HashSet<>();
        int[] cases = {0};
        for (Criterion c : RuleHarness.CHECKLIST.criteria()) {
            for (String level : RuleHarness.CHECKLIST.profiles().stream().map(p -> p.id()).toList()) {
                UnitInfo unit = RuleHarness.unit(level);
                OneFindingProof.forEachCase(RuleHarness.CHECKLIST, c, facts -> {
                    cases[0]++;
                    Finding rules = RuleHarness.ENGINE.findings(unit, List.of(c), facts, name -> true).get(0);
                    Finding java = JavaBaseline.decide(c, unit, facts);
                    outcomes.add(rules.rule());
                    if (!rules.equals(java) && differ.size() < 10) {
                        differ.add(c.id() + " " + level + " " + facts.keySet() + ": rules " + rules + " vs Java " + java);
                    }
                });
            }
        }

        assertThat(differ).isEmpty();
        assertThat(cases[0]).isGreaterThan(10_000);
        // every rule of every method was reached by some case
        assertThat(outcomes).containsAll(RuleHarness.RULES.rules().stream().map(r -> r.name()).toList());
    }
}
