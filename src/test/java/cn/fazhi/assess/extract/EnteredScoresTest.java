package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a facts file holds beside the facts: the evaluator's scores on what a report cannot show, and the unit's 自评分. */
class EnteredScoresTest {
    private static final String REPORT = "meta: {unit: 下陆区, level: county, year: 2023}\nfacts:\n"
            + "  report.achievements: {value: true, quote: 一、主要举措}\n  leadership.xi_thought_study: {value: true, quote: 学习}\n";
    private final FactsFileReader reader = new FactsFileReader(RuleHarness.CHECKLIST);

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void theEvaluatorsFieldCheckScoresACriterionTheReportCannotShow() throws IOException {
        ReportFacts facts = reader.read(write("f.yaml", REPORT
                + "scores:\n  F5: {status: 部分达标, points: 2, reason: 实地核查抽查案卷10卷，2卷程序瑕疵}\n  A5: {status: 达标, reason: 政府网站2024年3月28日公开}\n"));

        Scorecard card = RuleHarness.ENGINE.score(facts);

        assertThat(card.findings()).filteredOn(f -> f.criterion().equals("F5")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PARTIAL);
            assertThat(f.points()).isEqualTo(2);
            assertThat(f.gap()).contains("实地核查抽查案卷10卷");
        });
        assertThat(card.findings()).filteredOn(f -> f.criterion().equals("A5")).singleElement()
                .satisfies(f -> assertThat(f.points()).isEqualTo(1));
        Scorecard without = RuleHarness.ENGINE.score(reader.read(write("g.yaml", REPORT)));
        assertThat(card.manualPoints()).as("F5 and A5 no longer wait for a check").isEqualTo(without.manualPoints() - 4);
        assertThat(card.maxPoints()).isEqualTo(without.maxPoints() + 4);
    }

    @Test
    void aScoreForACriterionTheRulesDecideIsRefusedNamingIt() throws IOException {
        ReportFacts facts = reader.read(write("f.yaml", REPORT + "scores:\n  B1: {status: 达标}\n"));

        assertThatThrownBy(() -> RuleHarness.ENGINE.score(facts)).isInstanceOfSatisfying(InputFailure.class,
                f -> assertThat(f.reason()).isEqualTo(Reason.SCORE_INVALID)).hasMessageContaining("B1");
    }

    @Test
    void theUnitsSelfAssessmentStandsBesideTheEvaluatedScore() throws IOException {
        ReportFacts facts = reader.read(write("f.yaml", REPORT + "self_assessment:\n  total: 95\n  criteria: {B1: 2, C1: 2, A1: 2}\n"));

        Scorecard card = RuleHarness.ENGINE.score(facts);
        String json = new JsonScorecardWriter().write(card);
        String md = new MarkdownScorecardWriter().write(card);

        assertThat(card.selfTotal()).isEqualTo(95);
        assertThat(json).contains("\"self_total\" : 95.0").contains("\"self_difference\" : " + (Math.round((card.total() - 95) * 100) / 100.0));
        assertThat(md).contains("单位自评分95分，评估得分" + Numbers.format(card.total()) + "分，低于自评")
                .contains("| 自评分（差值） |")
                .contains("| C1 | 权责清单编制公布并动态调整 | 报告未体现 | 0 | 2 | 2（−2） |");
    }

    @Test
    void withoutATotalTheSelfAssessmentIsTheSumOfItsCriteria() throws IOException {
        Scorecard card = RuleHarness.ENGINE.score(reader.read(write("f.yaml", REPORT + "self_assessment:\n  criteria: {B1: 2, C1: 1.5}\n")));

        assertThat(card.selfTotal()).isEqualTo(3.5);
        assertThat(new MarkdownScorecardWriter().write(card)).contains("（自评分为各评分项自评分之和）");
    }

    @Test
    void wrongEntriesAreRefusedNamingTheKey() throws IOException {
        assertThatThrownBy(() -> reader.read(write("a.yaml", REPORT + "scores:\n  Z9: {status: 达标}\n")))
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.ENTRY_INVALID))
                .hasMessageContaining("a.yaml").hasMessageContaining("scores.Z9").hasMessageContaining("no criterion");
        assertThatThrownBy(() -> reader.read(write("b.yaml", REPORT + "scores:\n  F5: {status: 很好, points: 1}\n")))
                .hasMessageContaining("scores.F5.status").hasMessageContaining("很好");
        assertThatThrownBy(() -> reader.read(write("c.yaml", REPORT + "scores:\n  F5: {status: 部分达标, points: 5}\n")))
                .hasMessageContaining("scores.F5.points").hasMessageContaining("more than the criterion's 3");
        assertThatThrownBy(() -> reader.read(write("d.yaml", REPORT + "self_assessment:\n  criteria: {B1: 九}\n")))
                .hasMessageContaining("self_assessment.criteria.B1");
        assertThatThrownBy(() -> reader.read(write("e.yaml", REPORT + "self_assessment:\n  total: 130\n")))
                .hasMessageContaining("self_assessment.total");
    }

    @Test
    void theProfileAFactsFileNamesIsTheOneScoredOn() throws IOException {
        Scorecard card = RuleHarness.ENGINE.score(reader.read(write("p.yaml",
                "meta: {unit: 某某局, level: department, year: 2023, profile: police}\nfacts:\n  police.case_handling_center: {value: true, quote: 执法办案管理中心}\n")));

        assertThat(card.profile()).isEqualTo("police");
        assertThat(card.profileName()).isEqualTo("公安机关");
        assertThat(card.findings()).filteredOn(f -> f.criterion().equals("L6")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.MET));
    }
}
