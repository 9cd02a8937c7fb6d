package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which criteria a unit is scored on: its level's profile, or the kind of unit its name says, or the one chosen. */
class ProfilesTest {

    private static ReportFacts report(String unit, String level, Map<String, Object> values) {
        Map<String, ReportFact> facts = new HashMap<>();
        values.forEach((k, v) -> facts.put(k, RuleHarness.fact(k, v)));
        return new ReportFacts("t.yaml", unit, level, 2023, facts, List.of());
    }

    private static Status status(Scorecard card, String criterion) {
        return card.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow().status();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "遂宁市司法局, department, justice, 司法行政部门",
            "浙江省司法厅, department, justice, 司法行政部门",
            "某县司法行政局, department, justice, 司法行政部门",
            "某市市场和质量监督管理局, department, market, 市场监管部门",
            "上海市生态环境局闵行分局, department, ecology, 生态环境部门",
            "某市城市管理和综合执法局, department, comprehensive, 综合行政执法部门",
            "某县市场监督管理局, department, market, 市场监管部门",
            "国家市场监督管理总局, ministry, market, 市场监管部门",
            "某市公安局某某分局, department, police, 公安机关",
            "上海市生态环境局, department, ecology, 生态环境部门",
            "某区综合行政执法局, department, comprehensive, 综合行政执法部门",
            "某市城市管理局, department, comprehensive, 综合行政执法部门",
            "某市教育局, department, department, 政府部门",
            "某某市人民政府, city, city, 市级政府",
            "某某街道办事处, township, township, 乡镇（街道）"})
    void theKindOfUnitIsRecognisedFromItsName(String unit, String level, String profile, String name) {
        Scorecard card = RuleHarness.ENGINE.score(report(unit, level, Map.of()));

        assertThat(card.profile()).isEqualTo(profile);
        assertThat(card.profileName()).isEqualTo(name);
    }

    @Test
    void aKindIsScoredOnTheCommonDepartmentCriteriaAndItsOwn() {
        Scorecard justice = RuleHarness.ENGINE.score(report("遂宁市司法局", "department", Map.of("justice.enforcement_supervision", true)));
        Scorecard education = RuleHarness.ENGINE.score(report("某市教育局", "department", Map.of("justice.enforcement_supervision", true)));

        assertThat(status(justice, "L1")).isEqualTo(Status.MET);
        assertThat(status(justice, "L4")).as("another kind's").isEqualTo(Status.NOT_APPLICABLE);
        assertThat(status(justice, "B1")).as("common to departments").isEqualTo(Status.NOT_REPORTED);
        assertThat(status(justice, "G5")).as("not a department's").isEqualTo(Status.NOT_APPLICABLE);
        assertThat(status(education, "L1")).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(justice.findings()).filteredOn(f -> f.criterion().equals("L1")).singleElement()
                .satisfies(f -> assertThat(f.remedy().lead()).isEqualTo("执法监督科"));
        assertThat(justice.findings()).filteredOn(f -> f.criterion().equals("B1")).singleElement()
                .as("the common criteria keep the department's wording").satisfies(f -> assertThat(f.remedy().lead()).isEqualTo("办公室"));
    }

    @Test
    void theEvaluatorMayChooseTheProfileAndThenTheLevelFollows() {
        Scorecard chosen = RuleHarness.ENGINE.score(report("某某局", null, Map.of()).withProfile("police"));
        Scorecard overridden = RuleHarness.ENGINE.score(report("遂宁市司法局", "department", Map.of()).withProfile("department"));

        assertThat(chosen.profile()).isEqualTo("police");
        assertThat(chosen.level()).isEqualTo("department");
        assertThat(overridden.profile()).isEqualTo("department");
        assertThatThrownBy(() -> RuleHarness.ENGINE.score(report("某某局", "department", Map.of()).withProfile("police station")))
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.PROFILE_UNRECOGNISED))
                .hasMessageContaining("police station").hasMessageContaining("justice");
    }

    @Test
    void aTownshipIsScoredOnNormativeDocumentsOnlyWhenItStatesItIssuedAny() {
        Scorecard silent = RuleHarness.ENGINE.score(report("某某镇", "township", Map.of()));
        Scorecard issued = RuleHarness.ENGINE.score(report("某某镇", "township", Map.of("normdoc.issued", 2)));

        assertThat(status(silent, "D1")).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(status(issued, "D1")).isEqualTo(Status.NOT_REPORTED);
        assertThat(status(issued, "D3")).isEqualTo(Status.MET);
        assertThat(issued.maxPoints() - silent.maxPoints()).isEqualTo(9);
    }

    @Test
    void deductionsComeOffTheTotalAfterItIsOnItsScale() {
        Map<String, Object> facts = new HashMap<>(ScoringEngineTest.perfect());
        Scorecard clean = RuleHarness.ENGINE.score(ScoringEngineTest.report("county", facts));
        facts.put("penalty.criticized", 2);
        Scorecard criticised = RuleHarness.ENGINE.score(ScoringEngineTest.report("county", facts));
        facts.put("penalty.criticized", 5);
        facts.put("penalty.unrectified_findings", 1);
        Scorecard capped = RuleHarness.ENGINE.score(ScoringEngineTest.report("county", facts));

        assertThat(clean.total()).isEqualTo(100);
        assertThat(criticised.total()).isEqualTo(98);
        assertThat(criticised.deductedPoints()).isEqualTo(2);
        assertThat(criticised.maxPoints()).as("a deduction is no part of the denominator").isEqualTo(clean.maxPoints());
        assertThat(capped.deductedPoints()).as("3 at most for criticism, 0.5 for the open finding").isEqualTo(3.5);
        assertThat(capped.total()).isEqualTo(96.5);
        assertThat(capped.gaps()).extracting(f -> f.criterion()).contains("J4", "J5");
        assertThat(capped.gaps()).filteredOn(f -> f.criterion().equals("J4")).singleElement()
                .satisfies(f -> assertThat(f.gap()).isEqualTo("本年度被上级通报批评5次，扣3分"));
    }
}
