package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Aggregation over the whole checklist: normalization, bonus cap, veto, grades and deadlines. */
class ScoringEngineTest {
    private static final List<String> ALL_FLAGS = RuleHarness.CHECKLIST.indicators().values().stream()
            .filter(i -> i.type() == IndicatorType.FLAG)
            .filter(i -> !i.key().startsWith("veto.") && !i.key().startsWith("bonus."))
            .map(i -> i.key()).toList();

    @Test
    void aReportStatingEverythingScoresFullMarks() {
        Scorecard card = RuleHarness.ENGINE.score(report("county", perfect()));

        assertThat(card.total()).isEqualTo(100);
        assertThat(card.rawPoints()).isEqualTo(card.maxPoints());
        assertThat(card.maxPoints()).isEqualTo(97); // 100 less the 3 points of F5, checked by hand
        assertThat(card.manualPoints()).isEqualTo(3);
        assertThat(card.deductedPoints()).isZero();
        assertThat(card.grade()).isEqualTo("优秀");
        assertThat(card.gaps()).isEmpty();
        assertThat(card.findings()).hasSize(RuleHarness.CHECKLIST.criteria().size());
    }

    @Test
    void anEmptyReportScoresNothing() {
        Scorecard card = RuleHarness.ENGINE.score(report("county", Map.of()));

        assertThat(card.total()).isZero();
        assertThat(card.grade()).isEqualTo("不合格");
        assertThat(card.findings()).filteredOn(f -> f.status() == Status.NOT_REPORTED).hasSizeGreaterThan(30);
    }

    @Test
    void totalIsNormalizedOverApplicablePoints() {
        Map<String, Object> facts = perfect();
        facts.remove("report.first_responsible"); // A3: 2 points

        Scorecard county = RuleHarness.ENGINE.score(report("county", facts));
        Scorecard township = RuleHarness.ENGINE.score(report("township", facts));

        assertThat(county.total()).isEqualTo(97.94); // 95 / 97 × 100
        assertThat(township.maxPoints()).isEqualTo(80); // township profile: 83 less F5's 3, checked by hand
        assertThat(township.total()).isEqualTo(97.5); // 78 / 80 × 100
        assertThat(township.findings()).filteredOn(f -> f.status() == Status.NOT_APPLICABLE)
                .extracting(Finding::criterion).contains("E1", "E4", "G7", "H2", "H3");
    }

    @Test
    void bonusIsAddedAndCapped() {
        Map<String, Object> facts = perfect();
        facts.remove("report.first_responsible");
        facts.remove("leadership.xi_thought_study"); // B1: 2 points
        facts.put("bonus.demonstration", true);
        facts.put("bonus.experience_promoted", true);

        Scorecard card = RuleHarness.ENGINE.score(report("county", facts));

        assertThat(card.bonusPoints()).isEqualTo(3);
        assertThat(card.total()).isEqualTo(98.88); // 93 / 97 × 100 + 3
        facts.put("report.first_responsible", true);
        assertThat(RuleHarness.ENGINE.score(report("county", facts)).total()).as("never above 100").isEqualTo(100);
    }

    @Test
    void vetoFailsTheUnitWhateverItsPoints() {
        Map<String, Object> facts = perfect();
        facts.put("veto.major_violation", true);

        Scorecard card = RuleHarness.ENGINE.score(report("county", facts));

        assertThat(card.veto()).isTrue();
        assertThat(card.total()).isEqualTo(100);
        assertThat(card.grade()).isEqualTo("不合格");
        assertThat(card.gaps()).extracting(Finding::criterion).containsExactly("J3");
    }

    @Test
    void deadlinesCountFromTheAssessmentDateNotFromTheReportsYear() {
        ReportFacts old = report("county", Map.of());
        Scorecard assessedNow = RuleHarness.ENGINE.score(old);
        Scorecard assessedLater = new ScoringEngine(RuleHarness.CHECKLIST, RuleHarness.RULES, LocalDate.of(2027, 2, 10)).score(old);

        assertThat(assessedNow.assessedOn()).isEqualTo("2026-12-01");
        assertThat(assessedNow.findings()).filteredOn(f -> f.criterion().equals("C1")).first()
                .extracting(Finding::deadline).isEqualTo("2027年3月1日前"); // 限期整改: 90 days from 2026-12-01
        assertThat(assessedLater.findings()).filteredOn(f -> f.criterion().equals("C1")).first()
                .extracting(Finding::deadline).isEqualTo("2027年5月11日前");
        assertThat(assessedNow.findings()).allSatisfy(f -> assertThat(f.deadline()).doesNotContain("{").startsWith("202"));
    }

    @Test
    void unknownLevelIsAClearError() {
        assertThatThrownBy(() -> RuleHarness.ENGINE.score(report("village", Map.of())))
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.LEVEL_UNRECOGNISED)).hasMessageContaining("unknown level 'village'");
        assertThatThrownBy(() -> RuleHarness.ENGINE.score(report(null, Map.of())))
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.LEVEL_UNKNOWN)).hasMessageContaining("level is not known");
    }

    static Map<String, Object> perfect() {
        Map<String, Object> facts = ALL_FLAGS.stream().collect(Collectors.toMap(Function.identity(), k -> (Object) true));
        RuleHarness.CHECKLIST.indicators().values().stream()
                .filter(i -> i.type() != IndicatorType.FLAG)
                .forEach(i -> facts.put(i.key(), i.type() == IndicatorType.RATE ? 100 : 10));
        RuleHarness.CHECKLIST.indicators().keySet().stream().filter(k -> k.startsWith("penalty.")).forEach(k -> facts.put(k, 0));
        facts.put("report.published_on", "2024-03-20"); // a 2023 report, out before 1 April
        // outcomes to keep low are best at 0, and a perfect report admits no high one
        facts.put("dispute.litigation_loss_rate", 0);
        facts.put("dispute.reconsideration_correction_rate", 0);
        facts.remove("dispute.litigation_loss_high");
        facts.put("enforcement.training_hours", 60);
        facts.remove("report.signed_on");
        facts.put("dispute.mediation_successes", 10); // of 10 cases, at the stated 100%
        facts.put("dispute.reconsideration_accepted", 5);
        facts.put("dispute.reconsideration_rejected", 5);
        return facts;
    }

    static ReportFacts report(String level, Map<String, Object> values) {
        Map<String, ReportFact> facts = values.entrySet().stream()
                .map(e -> RuleHarness.fact(e.getKey(), e.getValue()))
                .collect(Collectors.toMap(ReportFact::key, Function.identity()));
        return new ReportFacts("test.yaml", "测试区", level, 2023, facts, List.of());
    }

}
