package cn.fazhi.assess.followup;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Outcome;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two years of one unit scored through the real rules, and last year's gaps followed up from its scorecard JSON. */
class FollowUpsTest {
    static final String RATE = "leadership.law_exam_participation_rate";
    static final String POWER_LIST = "function.power_list";
    static final String ONLINE = "function.online_services";
    static final String XI = "leadership.xi_thought_study";

    @TempDir
    Path dir;

    /** Last year: 参考率 97%, no 权责清单, no 网上政务服务, 习近平法治思想 studied. */
    static Scorecard lastYear() {
        return score(2022, Map.of(RATE, 97, XI, true));
    }

    /** This year: 参考率 98%, 权责清单 done, still no 网上政务服务, 习近平法治思想 no longer reported. */
    static Scorecard thisYear() {
        return score(2023, Map.of(RATE, 98, POWER_LIST, true));
    }

    static Scorecard score(int year, Map<String, Object> values) {
        Map<String, ReportFact> facts = new HashMap<>();
        values.forEach((k, v) -> facts.put(k, RuleHarness.fact(k, v)));
        return RuleHarness.PIPELINE.score(new ReportFacts(year + ".yaml", "下陆区", "county", year, facts, List.of()));
    }

    static String criterionOf(String key) {
        return RuleHarness.CHECKLIST.criteria().stream().filter(c -> c.indicators().equals(List.of(key))).map(Criterion::id)
                .findFirst().orElseThrow();
    }

    private PreviousResult previous(Scorecard card) throws IOException {
        Path json = Files.writeString(dir.resolve("last.json"), new JsonScorecardWriter().write(card));
        return PreviousResults.read(json);
    }

    @Test
    void eachOfLastYearsGapsIsRectifiedPartlyRectifiedOrStillOpenAndNewGapsAreNew() throws IOException {
        FollowUp f = FollowUps.compare(previous(lastYear()), thisYear()).followUp();

        assertThat(f.item(criterionOf(POWER_LIST)).outcome()).isEqualTo(Outcome.RECTIFIED);
        assertThat(f.item(criterionOf(POWER_LIST)).quote()).isEqualTo("测试引文：" + POWER_LIST);
        assertThat(f.item(criterionOf(RATE)).outcome()).isEqualTo(Outcome.PARTLY_RECTIFIED);
        assertThat(f.item(criterionOf(RATE)).lostBefore()).isEqualTo(1.5);
        assertThat(f.item(criterionOf(RATE)).lostNow()).isEqualTo(1.0);
        assertThat(f.item(criterionOf(ONLINE)).outcome()).isEqualTo(Outcome.NOT_RECTIFIED);
        assertThat(f.item(criterionOf(ONLINE)).label()).isEqualTo("未整改（连续两年未整改）");
        assertThat(f.item(criterionOf(XI)).outcome()).isEqualTo(Outcome.NEW);
        assertThat(f.items().get(0).outcome()).as("what is still open comes first").isEqualTo(Outcome.NOT_RECTIFIED);
        assertThat(f.previousTotal()).isEqualTo(lastYear().total());
        assertThat(f.previousYear()).isEqualTo(2022);
        assertThat(f.rate()).isEqualTo((double) f.count(Outcome.RECTIFIED) / f.previousGaps());
        assertThat(f.previousGaps()).isEqualTo(lastYear().gaps().size());
    }

    @Test
    void aGapOfACriterionTheChecklistNoLongerHasCannotBeCompared() {
        PreviousResult old = new PreviousResult("old.json", "下陆区", 2022, 70.0,
                List.of(new PreviousResult.Gap("Z9", "旧细则的评分项", 2, "", "", "", false, "")));

        FollowUp f = FollowUps.compare(old, thisYear()).followUp();

        assertThat(f.item("Z9").outcome()).isEqualTo(Outcome.UNCOMPARABLE);
        assertThat(f.item("Z9").label()).isEqualTo("无法比对");
        assertThat(f.rate()).isZero();
    }

    @Test
    void aGapUnderLastYearsIdIsFollowedUpUnderTheIdItHasNowAndAnAliasNamesOneCriterion() throws IOException {
        String yaml = Files.readString(Path.of("criteria.yaml"));
        Path renamed = Files.writeString(dir.resolve("criteria.yaml"), yaml.replace("            -   id: C1\n",
                "            -   id: C1\n                aliases: [X9]\n"));
        Path clash = Files.writeString(dir.resolve("clash.yaml"), yaml.replace("            -   id: C1\n",
                "            -   id: C1\n                aliases: [C2]\n"));
        Checklist checklist = new ChecklistLoader().load(renamed);
        PreviousResult old = new PreviousResult("old.json", "下陆区", 2022, 70.0,
                List.of(new PreviousResult.Gap("X9", "权责清单（旧细则）", 3, "", "", "", false, "")));

        FollowUp f = FollowUps.compare(old, thisYear(), checklist::currentId).followUp();

        assertThat(f.item(criterionOf(POWER_LIST)).outcome()).isEqualTo(Outcome.RECTIFIED);
        assertThat(f.item("X9")).isNull();
        assertThatThrownBy(() -> new ChecklistLoader().load(clash)).hasMessageContaining("alias 'C2' is already a criterion's id");
    }

    @Test
    void aGapOfAnItemThatNoLongerAppliesToTheUnitOrAwaitsAnEvaluatorIsSaidSo() {
        String notForTownships = RuleHarness.CHECKLIST.criteria().stream().filter(c -> !c.appliesTo("township")
                && c.points() > 0).map(Criterion::id).findFirst().orElseThrow();
        String manual = RuleHarness.CHECKLIST.criteria().stream()
                .filter(c -> c.method() == Method.MANUAL && c.appliesTo("township")).map(Criterion::id)
                .findFirst().orElseThrow();
        PreviousResult last = new PreviousResult("last.json", "下陆区", 2022, 70.0, List.of(
                new PreviousResult.Gap(notForTownships, "", 2, "", "", "", false, ""),
                new PreviousResult.Gap(manual, "", 1, "", "", "", false, "")));
        Scorecard asTownship = RuleHarness.PIPELINE.score(new ReportFacts("2023.yaml", "下陆区", "township", 2023, Map.of(), List.of()));

        FollowUp f = FollowUps.compare(last, asTownship).followUp();

        assertThat(f.item(notForTownships).outcome()).isEqualTo(Outcome.NO_LONGER_APPLIES);
        assertThat(f.item(manual).outcome()).isEqualTo(Outcome.TO_VERIFY);
    }

    @Test
    void aGapTheUnitClosedThatIsStillAGapIsFlagged() {
        String online = criterionOf(ONLINE);
        PreviousResult ledger = new PreviousResult("ledger.xlsx", "下陆区人民政府", 2022, null,
                List.of(new PreviousResult.Gap(online, "", 2, "张三", "已上线", "截图", true, "2023-05-01")));

        FollowUp.Item item = FollowUps.compare(ledger, thisYear()).followUp().item(online);

        assertThat(item.falselyClosed()).isTrue();
        assertThat(item.label()).isEqualTo("未整改（连续两年未整改）（销号不实）");
        assertThat(item.unitSaid()).isEqualTo("责任人：张三；整改进展：已上线；佐证材料：截图");
    }

    @Test
    void lastYearOfAnotherUnitOrOfTheSameYearIsRefused() {
        PreviousResult other = new PreviousResult("other.json", "千山区", 2022, null, List.of());
        PreviousResult sameYear = new PreviousResult("same.json", "下陆区", 2023, null, List.of());
        PreviousResult traditional = new PreviousResult("tw.json", "中共下陸區委 下陸區人民政府", 2022, null, List.of());

        assertThatThrownBy(() -> FollowUps.compare(other, thisYear()))
                .isInstanceOfSatisfying(InputFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.PREVIOUS_OTHER_UNIT));
        assertThatThrownBy(() -> FollowUps.compare(sameYear, thisYear()))
                .isInstanceOfSatisfying(InputFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.PREVIOUS_NOT_EARLIER));
        assertThat(FollowUps.compare(traditional, thisYear()).followUp()).isNotNull();
    }

    @Test
    void aScorecardJsonOfSeveralUnitsOrNotAScorecardIsAClearError() throws IOException {
        Path several = Files.writeString(dir.resolve("all.json"), new JsonScorecardWriter().writeAll(List.of(lastYear(), thisYear())));
        Path other = Files.writeString(dir.resolve("other.json"), "{\"a\": 1}");

        assertThatThrownBy(() -> PreviousResults.read(several)).hasMessageContaining("包含多个单位");
        assertThatThrownBy(() -> PreviousResults.read(other)).hasMessageContaining("没有 findings");
        assertThatThrownBy(() -> PreviousResults.read(dir.resolve("report.txt"))).isInstanceOfSatisfying(InputFailure.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_FILE));
    }
}
