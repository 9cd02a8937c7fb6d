package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.extract.FactsFileReader;
import cn.fazhi.assess.export.JsonScorecardWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed reports' gold facts, scored as an evaluator would check them. */
class SeedScoringTest {
    private static final FactsFileReader READER = new FactsFileReader(RuleHarness.CHECKLIST);

    static Scorecard score(String name) {
        return RuleHarness.ENGINE.score(READER.read(Path.of("samples/facts", name)));
    }

    static Finding finding(Scorecard card, String criterion) {
        return card.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void xialuStatesTheFirstResponsibleContentWithoutAPartOfItsOwn() {
        Scorecard card = score("000_14537a11da58042f.yaml");

        assertThat(card.unit()).isEqualTo("下陆区");
        Finding a3 = finding(card, "A3");
        assertThat(a3.status()).as("content counts without a heading (vocabulary rule 8)").isEqualTo(Status.MET);
        assertThat(card.gaps()).doesNotContain(a3);
        Finding b5 = finding(card, "B5");
        assertThat(b5.status()).isEqualTo(Status.MET);
        assertThat(finding(card, "G1").status()).isEqualTo(Status.MET);
        assertThat(finding(card, "F1").status()).as("三项制度 as a whole").isEqualTo(Status.MET);
    }

    @Test
    void qianshanReportsNoCourtAppearanceRate() {
        Scorecard card = score("003_28a7165d80eeb6b4.yaml");

        Finding g1 = finding(card, "G1");
        assertThat(g1.status()).isEqualTo(Status.NOT_REPORTED);
        assertThat(g1.gap()).contains("行政机关负责人出庭应诉率");
        assertThat(finding(card, "A2").status()).as("shortcomings and causes inside its plan count").isEqualTo(Status.MET);
        assertThat(card.year()).isEqualTo(2021);
        assertThat(g1.deadline()).as("from the assessment date, not the 2021 report's year")
                .isEqualTo("2027年5月30日前"); // G1 is 长期坚持: 180 days from 2026-12-01
    }

    @Test
    void shushanIsScoredOnTheTownshipProfile() {
        Scorecard card = score("004_cbfee4c587ea90df.yaml");

        assertThat(card.profile()).isEqualTo("township");
        // the township profile's 83, less D1–D3 (9: the 街道 states no 行政规范性文件 of its own) and 12 checked by hand
        // (A5 1, F5 3, and the outcomes it does not state: G8, G9, G10, H4, 2 each)
        assertThat(card.maxPoints()).isEqualTo(62);
        assertThat(card.manualPoints()).isEqualTo(12);
        assertThat(finding(card, "D1").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(finding(card, "D1").gap()).contains("乡镇（街道）一般不制发行政规范性文件");
        assertThat(finding(card, "E1").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(finding(card, "G7").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(finding(card, "G1").status()).as("开庭案件均由负责人出庭 = 100%").isEqualTo(Status.MET);
        assertThat(finding(card, "G1").evidence()).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("行政诉讼开庭案件均由行政机关负责人出庭"));
    }

    @Test
    void zhongkaiKeepsItsTraditionalQuotes() {
        Scorecard card = score("001_59c7d4ea9493623a.yaml");

        assertThat(card.unit()).isEqualTo("仲愷高新區");
        assertThat(finding(card, "G5").evidence()).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("調解成功率98.2%"));
        assertThat(finding(card, "A6").status()).as("no success count to check the rate against")
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_14537a11da58042f.yaml", "001_59c7d4ea9493623a.yaml", "002_238fb2faf3536844.yaml",
            "003_28a7165d80eeb6b4.yaml", "004_cbfee4c587ea90df.yaml"})
    void everySeedGetsAConsistentScorecard(String name) {
        Scorecard card = score(name);

        assertThat(card.total()).isBetween(0.0, 100.0);
        assertThat(card.findings()).hasSize(RuleHarness.CHECKLIST.criteria().size());
        assertThat(card.grade()).isEqualTo(RuleHarness.CHECKLIST.gradeFor(card.total()));
        double lost = card.findings().stream().mapToDouble(Finding::pointsLost).sum();
        assertThat(card.rawPoints() + lost).isEqualTo(card.maxPoints());
        assertThat(card.categories().stream().mapToDouble(c -> c.points()).sum()).isEqualTo(card.rawPoints());
        assertThat(card.findings()).filteredOn(f -> f.status() == Status.MET && f.max() > 0)
                .allSatisfy(f -> assertThat(f.evidence()).as("%s met without evidence", f.criterion()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_14537a11da58042f.yaml", "001_59c7d4ea9493623a.yaml", "004_cbfee4c587ea90df.yaml"})
    void sameInputsGiveByteIdenticalJsonEvenWithAFreshRuleBase(String name) {
        Checklist again = new ChecklistLoader().load(Path.of("criteria.yaml"));
        ScoringEngine fresh = new ScoringEngine(again, RuleBase.compile(Path.of("rules"), again));
        JsonScorecardWriter json = new JsonScorecardWriter();

        String first = json.write(score(name));
        String second = json.write(fresh.score(new FactsFileReader(again).read(Path.of("samples/facts", name))));

        assertThat(second).isEqualTo(first);
    }
}
