package cn.fazhi.assess.checklist;

import cn.fazhi.assess.cli.CliTest;
import cn.fazhi.assess.domain.Category;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.scoring.OneFindingProof;
import cn.fazhi.assess.scoring.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The two sample variants in samples/checklists (docs/variants.md), built from 楚雄州's 2023 细则 (楚治州办〔2023〕8号):
 * the 县(市) set and the 州级机关单位 set. Each is checked as `check` checks it, has the document's totals, and is scored
 * through the real rules: every criterion it keeps, changes or adds earns its points when met and loses them when not.
 */
class SampleVariantsTest {
    static final Path COUNTY_FILE = Path.of("samples/checklists/楚雄州2023-县市.yaml");
    static final Path UNITS_FILE = Path.of("samples/checklists/楚雄州2023-州级机关单位.yaml");
    static final Path JUSTICE_FACTS = Path.of("src/test/resources/variants/楚雄州司法局_2023.yaml");
    static final Path XIALU_REPORT = Path.of("samples/reports/000_14537a11da58042f.txt");
    static final Path XIALU_FACTS = Path.of("samples/facts/000_14537a11da58042f.yaml");
    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 12, 1);
    static final List<String> KINDS = List.of("justice", "market", "police", "ecology", "comprehensive");

    static final Checklist COUNTY = new ChecklistLoader().load(COUNTY_FILE);
    static final Checklist UNITS = new ChecklistLoader().load(UNITS_FILE);
    static final Checklist BUNDLED = new ChecklistLoader().load(Path.of("criteria.yaml"));
    static final Pipeline COUNTY_PIPELINE = new Pipeline(COUNTY, RuleBase.compile(Path.of("rules"), COUNTY), ASSESSED_ON);
    static final Pipeline UNITS_PIPELINE = new Pipeline(UNITS, RuleBase.compile(Path.of("rules"), UNITS), ASSESSED_ON);
    static final Pipeline BUNDLED_PIPELINE = new Pipeline(BUNDLED, RuleBase.compile(Path.of("rules"), BUNDLED), ASSESSED_ON);

    @TempDir
    Path dir;

    // ---- check ----

    @ParameterizedTest
    @ValueSource(strings = {"samples/checklists/楚雄州2023-县市.yaml", "samples/checklists/楚雄州2023-州级机关单位.yaml"})
    void eachVariantPassesCheck(String file) {
        CliTest.Run run = CliTest.run("check", "--criteria", file);
        Checklist checklist = new ChecklistLoader().load(Path.of(file));
        OneFindingProof.Result proof = OneFindingProof.check(checklist, pipeline(checklist).engine());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("OK: " + file + ": " + checklist.criteria().size() + " criteria")
                .contains("97 points").contains("each criterion gets exactly one finding");
        assertThat(proof.problems()).isEmpty();
        assertThat(proof.cases()).isPositive();
    }

    @Test
    void checkExplainShowsEachVariantsNewRules() {
        CliTest.Run county = CliTest.run("check", "--explain", "--criteria", COUNTY_FILE.toString());
        CliTest.Run units = CliTest.run("check", "--explain", "--criteria", UNITS_FILE.toString());

        assertThat(county.exit()).isZero();
        assertThat(county.out()).contains("# 楚雄州2023年度“法治建设成效考核”指标考评细则（县（市））")
                .contains("| M1 | 人民群众对法治建设满意率测评 | 10 | 10 | 10 | — | — | manual | 报告不能证明，需人工核查 |")
                .contains("| G5 | 调解成功率达到95% | 4 | 4 | 4 | 4 | — | rate | 低于95%，每低1个百分点扣0.5分；仅定性表述得2分 |")
                .contains("| J4 | 被上级通报批评（扣分项） | 扣≤2 |").contains("| J5 | 督察、考核发现的问题未按期整改（扣分项） | 扣≤1 |")
                .doesNotContain("| J3 |").doesNotContain("| L1 |").doesNotContain("司法行政部门 |");
        assertThat(units.exit()).isZero();
        assertThat(units.out())
                .contains("| B9 | 每年专题学法不少于6次 | — | — | 1.2 | 1.2 | 1.2 | 1.2 | 1.2 | 1.2 | count | 少于6，每少1扣0.3分，累计扣分不超过1.2分 |")
                .contains("| A5 | 每年12月向本级人民政府报告本年度法治政府建设情况 | 0.5 |")
                .contains("当年12月31日后成文的，不得分（以成文日期判断；按时成文或未载明成文日期的，人工核查）")
                .contains("| F1 | 全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度” | — | — | — | 5 | 5 | 5 | 5 | 5 | all_of")
                .doesNotContain("省级政府");
    }

    // ---- the document's totals ----

    @Test
    void theCountySetHasTheDocumentsPartsAndTotal() {
        // 立法工作5分、执法工作27分、司法工作19分、守法普法工作24分、组织领导12分、人民群众对法治建设满意率测评10分、附加项(加、扣分)3分
        assertThat(parts(COUNTY, "A", "B")).isEqualTo(12);
        assertThat(parts(COUNTY, "D")).isEqualTo(5);
        assertThat(parts(COUNTY, "C", "E", "F", "H", "K")).isEqualTo(27);
        assertThat(parts(COUNTY, "G")).isEqualTo(19);
        assertThat(parts(COUNTY, "I")).isEqualTo(24);
        assertThat(parts(COUNTY, "M")).isEqualTo(10);
        assertThat(COUNTY.bonusCap()).isEqualTo(3);
        assertThat(cap(COUNTY, "J4") + cap(COUNTY, "J5")).isEqualTo(3);
        for (String profile : List.of("county", "city", "province")) {
            assertThat(regularPoints(COUNTY, profile) + COUNTY.bonusCap()).as(profile).isEqualTo(100);
        }
        assertThat(COUNTY.criterion("J3")).isEmpty();
        assertThat(COUNTY.categories()).extracting(Category::id).doesNotContain("L");
        assertThat(COUNTY.profiles()).extracting(Profile::id).doesNotContainAnyElementsOf(KINDS);
        assertThat(COUNTY.criterion("G5")).hasValueSatisfying(c -> assertThat(c.category()).isEqualTo("I"));
        assertThat(COUNTY.categories()).extracting(Category::title).anyMatch(t -> t.startsWith("守法普法工作"))
                .filteredOn(t -> t.startsWith("执法工作")).hasSize(5);
    }

    @Test
    void theUnitsSetHasCommonPoints50AndOwnPoints50() {
        // 共性指标50分,分别为立法工作5分、守法普法工作30分、组织保障12分、附加项(加、扣分)3分。个性指标50分
        assertThat(parts(UNITS, "D")).isEqualTo(5);
        assertThat(parts(UNITS, "I")).isEqualTo(30);
        assertThat(parts(UNITS, "A", "B")).isEqualTo(12);
        assertThat(cap(UNITS, "J4") + cap(UNITS, "J5")).isEqualTo(3);
        // 第二类 (共性 only): 47 regular points and the 附加项's 3, out of 50; normalization makes it a 100-point total
        assertThat(regularPoints(UNITS, "department") + UNITS.bonusCap()).isEqualTo(50);
        for (String kind : KINDS) {
            assertThat(regularPoints(UNITS, kind) + UNITS.bonusCap()).as(kind).isEqualTo(100);
            double own = UNITS.criteria().stream().filter(c -> c.method().isRegular() && c.appliesTo(UNITS.lineage(kind))
                    && !c.appliesTo(UNITS.lineage("department"))).mapToDouble(Criterion::points).sum();
            assertThat(own).as(kind + "'s 个性").isEqualTo(50);
        }
        assertThat(UNITS.criterion("E3")).hasValueSatisfying(c -> assertThat(c.category()).isEqualTo("B"));
        assertThat(UNITS.criterion("B5")).hasValueSatisfying(c -> assertThat(c.category()).isEqualTo("I"));
        assertThat(UNITS.criterion("F1")).hasValueSatisfying(c -> assertThat(c.appliesTo(UNITS.lineage("department"))).isFalse());
    }

    // ---- every criterion, met and not ----

    @ParameterizedTest
    @CsvSource({"county,county", "units,department", "units,justice", "units,market", "units,police", "units,ecology",
            "units,comprehensive"})
    void everyCriterionEarnsItsPointsWhenMetAndLosesThemWhenNot(String variant, String profile) {
        Checklist checklist = variant.equals("county") ? COUNTY : UNITS;
        Pipeline pipeline = pipeline(checklist);
        String level = checklist.levelOf(profile).orElseThrow();
        ReportFacts full = facts(checklist, level, profile, allStated(checklist));
        ReportFacts none = facts(checklist, level, profile, Map.of());

        Map<String, Finding> met = byId(pipeline.score(full));
        Map<String, Finding> unmet = byId(pipeline.score(none));

        List<Criterion> applicable = checklist.criteria().stream().filter(c -> c.appliesTo(checklist.lineage(profile))).toList();
        assertThat(applicable).isNotEmpty();
        for (Criterion c : applicable) {
            Finding yes = met.get(c.id());
            Finding no = unmet.get(c.id());
            if (c.method() == Method.MANUAL || c.deadline() != null && c.deadline().published() == null) {
                assertThat(yes.status()).as(c.id() + " (the report cannot show it)").isEqualTo(Status.MANUAL);
                assertThat(no.status()).as(c.id()).isEqualTo(Status.MANUAL);
            } else if (c.method() == Method.DEDUCTION) {
                assertThat(yes.points()).as(c.id() + " with nothing to take off").isZero();
            } else {
                assertThat(yes.status()).as(c.id() + " met: " + yes.gap()).isEqualTo(Status.MET);
                assertThat(yes.points()).as(c.id() + " at the variant's points").isEqualTo(c.points());
                if (c.method() != Method.CONSISTENCY) {
                    assertThat(no.status()).as(c.id() + " not met").isNotEqualTo(Status.MET);
                    assertThat(no.status() == Status.MANUAL || no.points() < c.points()).as(c.id() + " loses points").isTrue();
                }
            }
        }
    }

    // ---- (a) the county set ----

    @Test
    void theSatisfactionSurveyIsDecidedFromAFactsFilesScoresEntry() throws IOException {
        Path entered = Files.writeString(dir.resolve("下陆区-满意率.yaml"), Files.readString(XIALU_FACTS, StandardCharsets.UTF_8)
                + "scores:\n  M1: {status: 部分达标, points: 8.6, reason: 人民群众对法治建设满意率86%}\n", StandardCharsets.UTF_8);

        Scorecard left = COUNTY_PIPELINE.score(XIALU_FACTS, null);
        Scorecard decided = COUNTY_PIPELINE.score(entered, null);

        Finding waiting = byId(left).get("M1");
        assertThat(waiting.status()).isEqualTo(Status.MANUAL);
        assertThat(waiting.gap()).contains("需录入测评结果");
        Finding surveyed = byId(decided).get("M1");
        assertThat(surveyed.status()).isEqualTo(Status.PARTIAL);
        assertThat(surveyed.points()).isEqualTo(8.6);
        assertThat(surveyed.gap()).isEqualTo("人工核定为部分达标：人民群众对法治建设满意率86%");
        assertThat(decided.maxPoints()).isEqualTo(left.maxPoints() + 10);
        assertThat(decided.manualPoints()).isEqualTo(left.manualPoints() - 10);
        assertThat(decided.rawPoints()).isEqualTo(left.rawPoints() + 8.6, within(0.011));
        assertThat(category(decided, "M").points()).isEqualTo(8.6);
    }

    @Test
    void theCountysDeductionsStopAtTheirCapsOfTwoAndOne() {
        ReportFacts xialu = COUNTY_PIPELINE.load(XIALU_FACTS);
        Scorecard clean = COUNTY_PIPELINE.score(xialu);
        Scorecard within = COUNTY_PIPELINE.score(with(COUNTY, xialu, Map.of("penalty.criticized", 1, "penalty.unrectified_findings", 1)));
        Scorecard beyond = COUNTY_PIPELINE.score(with(COUNTY, xialu, Map.of("penalty.criticized", 5, "penalty.unrectified_findings", 10)));

        assertThat(within.deductedPoints()).isEqualTo(1.5);
        assertThat(beyond.deductedPoints()).as("5 × 1 capped at 2, 10 × 0.5 capped at 1").isEqualTo(3);
        assertThat(byId(beyond).get("J4").points()).isEqualTo(-2);
        assertThat(byId(beyond).get("J5").points()).isEqualTo(-1);
        assertThat(beyond.total()).isEqualTo(clean.total() - 3, within(0.011));
    }

    @Test
    void reweightedAndMovedCriteriaScoreAtTheCountySetsPoints() {
        Map<String, Finding> f = byId(COUNTY_PIPELINE.score(facts(COUNTY, "county", null, Map.of(
                "dispute.court_appearance_rate", 98, "dispute.litigation_cases", 20,
                "dispute.mediation_success_rate", 93, "society.publicity", true, "normdoc.filed", true,
                "enforcement.training_hours", 40, "leadership.law_exam_participation_rate", 99))));
        Map<String, Finding> bundled = byId(BUNDLED_PIPELINE.score(facts(BUNDLED, "county", null, Map.of(
                "dispute.court_appearance_rate", 98, "dispute.litigation_cases", 20, "dispute.mediation_success_rate", 93))));

        assertThat(f.get("G1").points()).as("5 − 2 × 1").isEqualTo(3);
        assertThat(bundled.get("G1").points()).as("bundled: 4 − 2 × 1").isEqualTo(2);
        assertThat(f.get("G5").points()).as("moved to 守法普法: 4 − 2 × 0.5").isEqualTo(3);
        assertThat(f.get("G5").category()).isEqualTo("I");
        assertThat(bundled.get("G5").points()).isEqualTo(1);
        assertThat(f.get("I1").status()).isEqualTo(Status.PARTIAL);
        assertThat(f.get("I1").points()).as("仅定性表述: half of 5").isEqualTo(2.5);
        assertThat(f.get("D3").points()).as("仅定性表述: half of 1").isEqualTo(0.5);
        assertThat(f.get("F8").points()).as("20 学时 short × 0.05, capped at 1").isEqualTo(0);
        assertThat(f.get("B5").points()).as("1.5 − 1 × 0.5").isEqualTo(1);
        assertThat(List.of("D5", "G11", "M1")).allSatisfy(id -> assertThat(f.get(id).status()).as(id).isEqualTo(Status.MANUAL));
    }

    @Test
    void xialuScoresDifferentlyUnderTheCountySet() {
        Scorecard bundled = BUNDLED_PIPELINE.score(XIALU_REPORT, null);
        Scorecard chuxiong = COUNTY_PIPELINE.score(XIALU_REPORT, null);

        assertThat(chuxiong.profile()).isEqualTo("county").isEqualTo(bundled.profile());
        assertThat(chuxiong.checklist()).isEqualTo("楚雄州2023年度“法治建设成效考核”指标考评细则（县（市））");
        assertThat(chuxiong.total()).isNotEqualTo(bundled.total());
        assertThat(chuxiong.maxPoints() + chuxiong.manualPoints()).as("the 97 regular points").isEqualTo(97);
        assertThat(bundled.maxPoints() + bundled.manualPoints()).isEqualTo(100);
        assertThat(chuxiong.categories()).extracting(c -> c.id() + " " + c.title())
                .contains("D 立法工作：行政规范性文件管理和参与州级立法", "G 司法工作：行政应诉、行政复议和支持公正司法",
                        "M 人民群众对法治建设满意率测评");
        assertThat(category(chuxiong, "I").max()).as("守法普法工作, all report-checkable").isEqualTo(24);
    }

    // ---- (b) the 州级机关单位 set ----

    @Test
    void aJusticeBureauIsScoredOnCommonAndOwnPointsAndAsADepartmentOnCommonPointsAlone() {
        ReportFacts facts = UNITS_PIPELINE.load(JUSTICE_FACTS);
        Scorecard justice = UNITS_PIPELINE.score(facts);
        Scorecard department = UNITS_PIPELINE.score(facts.withProfile("department"));

        assertThat(justice.profile()).as("found by its name, 司法局").isEqualTo("justice");
        Map<String, Finding> j = byId(justice);
        assertThat(j.get("A5").status()).as("signed 2024-01-15, after 12月").isEqualTo(Status.NOT_MET);
        assertThat(j.get("B4").points()).as("学法制度").isEqualTo(0.3);
        assertThat(j.get("B9").points()).as("4 of 6 sessions: 1.2 − 2 × 0.3").isEqualTo(0.6, within(1e-9));
        assertThat(j.get("B6").status()).isEqualTo(Status.MET);
        assertThat(j.get("B8").points()).as("entered: 2 人次 absent").isEqualTo(0.3);
        assertThat(j.get("B5").points()).as("98%: 10 − 2 × 1").isEqualTo(8);
        assertThat(j.get("I4").points()).isEqualTo(10);
        assertThat(j.get("G1").status()).as("no lawsuit").isEqualTo(Status.MET);
        assertThat(j.get("G5").points()).isEqualTo(2.5);
        assertThat(j.get("L3").points()).isEqualTo(4);
        assertThat(j.get("J4").points()).as("3 通报 × 1, capped at 2").isEqualTo(-2);
        // 共性 4.5 + 5.8 + 5 + 28 = 43.3; 个性 F 5.75 + G 6.5 + L 14 = 26.25; F5, G8, G9, G10 (5) await 人工核查
        assertThat(justice.rawPoints()).isEqualTo(69.55);
        assertThat(justice.maxPoints()).isEqualTo(92);
        assertThat(justice.manualPoints()).isEqualTo(5);
        assertThat(justice.total()).isEqualTo(69.55 / 92 * 100 - 2, within(0.01));

        assertThat(department.profile()).isEqualTo("department");
        assertThat(department.rawPoints()).isEqualTo(43.3);
        assertThat(department.maxPoints()).as("共性 only, normalized as the document rescales its 50").isEqualTo(47);
        assertThat(department.total()).isEqualTo(43.3 / 47 * 100 - 2, within(0.01));
        assertThat(department.findings()).filteredOn(f -> List.of("C", "E", "F", "G", "K", "L").contains(f.category()))
                .isNotEmpty().allSatisfy(f -> assertThat(f.status()).as(f.criterion()).isEqualTo(Status.NOT_APPLICABLE));
        assertThat(department.categories()).filteredOn(c -> c.max() > 0).extracting(c -> c.id()).containsExactly("A", "B", "D", "I");
    }

    @ParameterizedTest
    @CsvSource({"7,1.5,MET", "6,1.5,MET", "4,0.9,PARTIAL", "0,0.3,NOT_MET", "-1,0.3,NOT_REPORTED", "-2,0,NOT_REPORTED"})
    void leadersStudyLosesThreeTenthsPerMissingSessionUpToOnePointTwoAndThreeTenthsWithoutARule(int sessions, double points,
                                                                                                  Status count) {
        // 开江: 未建立学法制度的,扣0.3分;每少一次扣0.3分,累计扣分不超过1.2分 — B4 (0.3) and B9 (1.2, cap 1.2).
        // -1: 会前学法 stated without a count; -2: nothing stated
        Map<String, Object> stated = new HashMap<>();
        if (sessions >= 0) {
            stated.put("leadership.law_study_sessions", sessions);
        }
        if (sessions >= -1) {
            stated.put("leadership.meeting_law_study", true);
        }
        Map<String, Finding> f = byId(UNITS_PIPELINE.score(facts(UNITS, "department", null, stated)));

        assertThat(f.get("B4").points() + f.get("B9").points()).isEqualTo(points, within(1e-9));
        assertThat(f.get("B9").status()).isEqualTo(count);
        assertThat(UNITS.criterion("B9").orElseThrow().cap()).isEqualTo(1.2);
    }

    @Test
    void theReportIsDueByDecemberOfItsOwnYear() throws IOException {
        Map<String, Finding> inTime = byId(UNITS_PIPELINE.score(facts(UNITS, "department", null, Map.of("report.signed_on", "2023-12-20"))));
        Map<String, Finding> late = byId(UNITS_PIPELINE.score(facts(UNITS, "department", null, Map.of("report.signed_on", "2024-01-15"))));
        Map<String, Finding> silent = byId(UNITS_PIPELINE.score(facts(UNITS, "department", null, Map.of())));
        Path entered = Files.writeString(dir.resolve("报送.yaml"), """
                meta: {unit: 楚雄州财政局, level: department, year: 2023}
                facts:
                  report.signed_on: {value: "2023-12-20"}
                scores:
                  A5: {status: 达标, reason: 2023年12月26日报送州人民政府}
                """, StandardCharsets.UTF_8);

        assertThat(inTime.get("A5").status()).isEqualTo(Status.MANUAL);
        assertThat(inTime.get("A5").gap()).isEqualTo("报告成文日期为2023年12月20日，需核查12月向本级人民政府报送的记录");
        assertThat(late.get("A5").status()).isEqualTo(Status.NOT_MET);
        assertThat(late.get("A5").gap()).startsWith("报告成文日期为2024年1月15日，晚于2023年12月31日");
        assertThat(silent.get("A5").status()).isEqualTo(Status.MANUAL);
        assertThat(byId(UNITS_PIPELINE.score(entered, null)).get("A5").points()).isEqualTo(0.5);
    }

    @Test
    void theNewIndicatorsAreReadFromAReport() {
        String report = """
                楚雄州某某局2023年法治政府建设年度报告
                一、2023年法治政府建设主要举措和成效
                （一）坚持领导带头学法。全年党组会会前学法8次，邀请法律顾问专题授课。
                （二）落实“谁执法谁普法”普法责任制，制定年度普法责任清单。
                二、存在的不足和原因
                领导干部学法不够经常。
                三、2024年工作安排
                每季度学法不少于1次。
                """;
        Map<String, ReportFact> facts = UNITS_PIPELINE.read("某某局.txt", report.getBytes(StandardCharsets.UTF_8))
                .extraction().toReportFacts().facts();

        assertThat(facts.get("leadership.law_study_sessions").value()).isEqualTo(8.0);
        assertThat(facts.get("society.responsibility_system").value()).isEqualTo(true);
        assertThat(count("集中学法12次")).isEqualTo("12");
        assertThat(count("组织行政机关领导班子开展集体学法活动12次")).isEqualTo("12");
        assertThat(count("中心组学法四次")).isEqualTo("四");
        assertThat(count("每季度学法不少于1次")).as("a requirement").isNull();
        assertThat(count("每季度至少学法1次")).isNull();
        assertThat(count("组织学法考试2次")).as("an exam is not a session").isNull();
        assertThat(count("学法考试参考率100%")).isNull();
    }

    // ---- wording ----

    @ParameterizedTest
    @ValueSource(strings = {"county", "units"})
    void everyLedgerRowOfTheVariantIsWordedForItsUnit(String variant) {
        Checklist checklist = variant.equals("county") ? COUNTY : UNITS;
        Map<String, List<String>> faults = new LinkedHashMap<>();
        for (Criterion c : checklist.criteria()) {
            for (String level : checklist.levels()) {
                for (Profile p : checklist.profiles()) {
                    List<String> lineage = checklist.lineage(p.id());
                    boolean ofLevel = checklist.profileFor(level, null).map(base -> lineage.contains(base.id())).orElse(false);
                    if (ofLevel && c.appliesTo(lineage)) {
                        LedgerWordingTest.Row row = new LedgerWordingTest.Row(c.id(), c.category(), level,
                                lineage.get(lineage.size() - 1), c.remedyFor(level, lineage));
                        List<String> found = LedgerWordingTest.problems(row);
                        if (!found.isEmpty()) {
                            faults.put(row.toString(), found);
                        }
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/checklists/楚雄州2023-县市.yaml", "samples/checklists/楚雄州2023-州级机关单位.yaml"})
    void everyCriterionTheVariantNamesSaysWhereItsPointsComeFrom(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches(" {12}-\\s+(\\{id:|id:).*")) {
                continue;
            }
            // the comment above it, or above the run of one-line entries it closes
            int k = i - 1;
            while (k >= 0 && (lines.get(k).isBlank() || lines.get(k).matches(" {12}-\\s+\\{id:.*\\}\\s*"))) {
                k--;
            }
            StringBuilder comment = new StringBuilder();
            for (; k >= 0 && lines.get(k).strip().startsWith("#"); k--) {
                comment.insert(0, lines.get(k));
            }
            String said = comment.toString();
            if (!(said.contains("our allocation") || said.contains("开江") || said.contains("\""))) {
                unexplained.add((i + 1) + ": " + line.strip());
            }
        }
        assertThat(unexplained).isEmpty();
    }

    // ---- helpers ----

    static Pipeline pipeline(Checklist checklist) {
        return checklist == COUNTY ? COUNTY_PIPELINE : checklist == UNITS ? UNITS_PIPELINE
                : new Pipeline(checklist, RuleBase.compile(Path.of("rules"), checklist), ASSESSED_ON);
    }

    /** What a unit whose report states everything at its best states: flags, rates of 100 (outcomes 0), large counts. */
    static Map<String, Object> allStated(Checklist checklist) {
        Set<String> outcomes = Set.of("dispute.litigation_loss_rate", "dispute.reconsideration_correction_rate");
        Map<String, Object> values = new HashMap<>();
        for (Indicator i : checklist.indicators().values()) {
            String key = i.key();
            if (i.negative() && i.type() == IndicatorType.FLAG || key.startsWith("veto.") || key.startsWith("penalty.")) {
                continue;
            }
            switch (i.type()) {
                case FLAG -> values.put(key, true);
                case RATE -> values.put(key, outcomes.contains(key) ? 0 : 100);
                case COUNT -> values.put(key, key.equals("dispute.reconsideration_rejected") ? 0 : 100);
                case DATE -> values.put(key, key.equals("report.published_on") ? "2024-03-01" : "2023-12-20");
                default -> {
                }
            }
        }
        return values;
    }

    static ReportFacts facts(Checklist checklist, String level, String profile, Map<String, ?> values) {
        ReportFacts empty = new ReportFacts("测试", "测试单位", level, 2023, Map.of(), List.of());
        return with(checklist, profile == null ? empty : empty.withProfile(profile), values);
    }

    static ReportFacts with(Checklist checklist, ReportFacts facts, Map<String, ?> values) {
        Map<String, ReportFact> all = new HashMap<>(facts.facts());
        values.forEach((key, value) -> {
            IndicatorType type = checklist.indicators().get(key).type();
            Object typed = value instanceof Number n && type != IndicatorType.FLAG ? (Object) n.doubleValue() : value;
            all.put(key, new ReportFact(key, type, typed, "测试"));
        });
        return facts.withFacts(all);
    }

    static Map<String, Finding> byId(Scorecard card) {
        Map<String, Finding> out = new HashMap<>();
        card.findings().forEach(f -> out.put(f.criterion(), f));
        return out;
    }

    static cn.fazhi.assess.domain.CategoryScore category(Scorecard card, String id) {
        return card.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static double parts(Checklist checklist, String... categories) {
        return List.of(categories).stream().mapToDouble(id -> checklist.categories().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow().points()).sum();
    }

    static double cap(Checklist checklist, String id) {
        return checklist.criterion(id).orElseThrow().cap();
    }

    static double regularPoints(Checklist checklist, String profile) {
        return checklist.criteria().stream().filter(c -> c.method().isRegular() && c.appliesTo(checklist.lineage(profile)))
                .mapToDouble(Criterion::points).sum();
    }

    /** The 学法 count the new pattern reads from a sentence, or null. */
    static String count(String sentence) {
        for (var p : UNITS.indicators().get("leadership.law_study_sessions").patterns()) {
            Matcher m = p.regex().matcher(sentence);
            if (m.find()) {
                return m.group("n");
            }
        }
        return null;
    }
}
