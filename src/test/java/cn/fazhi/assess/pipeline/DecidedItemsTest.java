package cn.fazhi.assess.pipeline;

import cn.fazhi.assess.batch.RankingBuilder;
import cn.fazhi.assess.domain.Decision;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Review;
import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.export.SummaryHtmlWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static cn.fazhi.assess.export.Workbooks.ranking;
import static cn.fazhi.assess.export.Workbooks.rectification;
import static cn.fazhi.assess.export.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluator's decision on a 需人工核查 criterion, through {@link Pipeline#score(ReportFacts, Review)}, as every
 * output shows it: a 一票否决 item found 未达标 fails the unit, and a decided item says 人工核定 with its reason.
 */
class DecidedItemsTest {
    private static final Pipeline PIPELINE = RuleHarness.PIPELINE;
    private static final Path XIALU = Path.of("samples/facts/000_14537a11da58042f.yaml");
    private static final String VETO = "J3";
    private static final String VETO_REASON = "经向区纪委核实，2023年发生重大执法过错被市政府通报";

    @Test
    void aVetoItemDecidedNotMetFailsTheUnitInEveryOutput() throws IOException {
        // given: a unit graded above 不合格 on its points, whose veto item the report could not show
        ReportFacts facts = PIPELINE.load(XIALU);
        Scorecard before = PIPELINE.score(facts);
        assertThat(before.grade()).isNotEqualTo("不合格");
        assertThat(finding(before, VETO).status()).isEqualTo(Status.MANUAL);

        // when
        Scorecard card = PIPELINE.score(facts, review(new Decision(VETO, Status.NOT_MET, 0, VETO_REASON)));

        // then
        assertThat(card.veto()).isTrue();
        assertThat(card.grade()).isEqualTo("不合格");
        assertThat(card.total()).isEqualTo(before.total());
        String gap = "人工核定为未达标：" + VETO_REASON;
        assertThat(finding(card, VETO).gap()).isEqualTo(gap);

        String md = new MarkdownScorecardWriter().write(card);
        assertThat(md).contains("| 不合格（一票否决） |").contains(VETO + " 发生违法违规重大决策").containsPattern("存在问题：[^\n]*" + gap);
        String html = new HtmlScorecardWriter().write(card);
        assertThat(html).contains("<td>不合格（一票否决）</td>").contains("<div class=\"gap veto\" id=\"J3\">")
                .containsPattern("存在问题：[^<]*" + gap);
        JsonNode json = new ObjectMapper().readTree(new JsonScorecardWriter().write(card));
        assertThat(json.path("grade").asText()).isEqualTo("不合格");
        assertThat(json.path("veto").asBoolean()).isTrue();

        List<List<String>> list = rows(rectification(card), "整改台账");
        assertThat(list.get(3)).as("the veto leads the list").contains(VETO + " " + finding(card, VETO).title())
                .anySatisfy(c -> assertThat(c).contains(gap));
        assertThat(rows(rectification(card), "得分")).contains(List.of("等次", "不合格（一票否决）"));

        Ranking ranking = new RankingBuilder(PIPELINE.checklist()).build(List.of(UnitSummary.of(card, "a.yaml", "a-整改台账.xlsx")),
                List.of(), List.of());
        assertThat(rows(ranking(ranking, card.categories()), "排名").get(1)).contains("不合格（一票否决）");
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        new SummaryHtmlWriter().write(ranking, summary);
        assertThat(summary.toString(StandardCharsets.UTF_8)).contains("不合格（一票否决）");
    }

    @Test
    void aVetoItemDecidedMetLeavesTheGradeToThePoints() {
        ReportFacts facts = PIPELINE.load(XIALU);

        Scorecard card = PIPELINE.score(facts, review(new Decision(VETO, Status.MET, 0, "经核实未发生")));

        assertThat(card.veto()).isFalse();
        assertThat(card.grade()).isEqualTo(PIPELINE.score(facts).grade());
        assertThat(finding(card, VETO).gap()).isEqualTo("人工核定为达标：经核实未发生");
        assertThat(new MarkdownScorecardWriter().write(card)).contains("| " + card.grade() + " |").doesNotContain("不合格（一票否决）");
    }

    @Test
    void aDecidedItemSaysSoWithItsReasonInEveryOutput() throws IOException {
        // given: a regular 需人工核查 item decided 未达标, so it also goes to the 整改台账
        ReportFacts facts = PIPELINE.load(XIALU);
        Finding manual = PIPELINE.score(facts).findings().stream()
                .filter(f -> f.status() == Status.MANUAL && f.max() > 0).findFirst().orElseThrow();
        String reason = "查阅会议纪要，未见专题研究";

        // when
        Scorecard card = PIPELINE.score(facts, review(new Decision(manual.criterion(), Status.NOT_MET, 0, reason)));

        // then
        String gap = "人工核定为未达标：" + reason;
        assertThat(finding(card, manual.criterion()).gap()).isEqualTo(gap);
        assertThat(new MarkdownScorecardWriter().write(card)).containsPattern("- 存在问题：[^\n]*" + gap)
                .contains("| 人工核定 | " + manual.criterion());
        assertThat(new HtmlScorecardWriter().write(card)).containsPattern("<p>存在问题：[^<]*" + gap).contains("<td>人工核定</td>");
        JsonNode json = new ObjectMapper().readTree(new JsonScorecardWriter().write(card));
        assertThat(json.findValues("gap")).extracting(JsonNode::asText).contains(gap);
        assertThat(json.path("review").get(0).path("kind").asText()).isEqualTo("decision");
        byte[] workbook = rectification(card);
        assertThat(rows(workbook, "整改台账")).anySatisfy(r -> assertThat(r).anySatisfy(c -> assertThat(c).contains(gap)));
        assertThat(rows(workbook, "得分")).anySatisfy(r -> assertThat(r).contains(manual.criterion(), gap));
        assertThat(rows(workbook, "更正记录")).anySatisfy(r -> assertThat(r).contains("人工核定", reason));
    }

    private static Review review(Decision decision) {
        Finding f = PIPELINE.score(PIPELINE.load(XIALU)).findings().stream()
                .filter(x -> x.criterion().equals(decision.criterion())).findFirst().orElseThrow();
        ReviewEntry entry = new ReviewEntry(ReviewEntry.Kind.DECISION, f.criterion() + " " + f.title(), Status.MANUAL.zh(),
                decision.status().zh(), decision.reason(), "2026-12-01 09:30:00");
        return new Review(List.of(), List.of(decision), List.of(entry));
    }

    private static Finding finding(Scorecard card, String criterion) {
        return card.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
    }
}
