package cn.fazhi.assess.pipeline;

import cn.fazhi.assess.batch.RankingBuilder;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.export.SummaryHtmlWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static cn.fazhi.assess.export.Workbooks.ranking;
import static cn.fazhi.assess.export.Workbooks.rectification;
import static cn.fazhi.assess.export.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** A unit its report does not name is （未识别单位名称） in every title and table; its file is shown as the source. */
class UnnamedUnitTest {
    private static final Pipeline PIPELINE = RuleHarness.PIPELINE;
    private static final String UNNAMED = "（未识别单位名称）";
    private static final String TITLE = UNNAMED + "2023年度法治政府建设年度报告考评结果";
    private static final String REPORT = """
            <html><body><h1>2023年度法治政府建设情况报告</h1>
            <p>一、主要举措和成效</p><p>深入学习贯彻习近平法治思想，严格规范公正文明执法。</p>
            <p>二、存在的不足和原因</p><p>法治宣传教育的针对性有待加强。</p></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aFactsFileWithoutAUnitIsNotNamedAfterTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("xss.yaml"), """
                report: xss.html
                meta: {level: county, year: 2023}
                facts:
                  report.achievements: {value: true, quote: 主要举措和成效}
                """);

        Scorecard card = PIPELINE.score(file, null);

        assertThat(card.unit()).isNull();
        assertEveryOutputSaysUnnamed(card, "xss.html");
    }

    @Test
    void anUploadWhoseUnitIsNotFoundIsTitledUnnamed() throws IOException {
        Pipeline.Upload upload = PIPELINE.read("xss.html", REPORT.getBytes(StandardCharsets.UTF_8));

        Scorecard card = PIPELINE.score(upload.facts().withLevel("county"));

        assertThat(card.unit()).isNull();
        assertEveryOutputSaysUnnamed(card, "xss.html");
    }

    private static void assertEveryOutputSaysUnnamed(Scorecard card, String file) throws IOException {
        assertThat(new MarkdownScorecardWriter().write(card)).startsWith("# " + TITLE + "\n").contains("来源：" + file)
                .doesNotContain(file + "2023");
        assertThat(new HtmlScorecardWriter().write(card)).contains("<title>" + TITLE + "</title>")
                .contains("<h1>" + TITLE + "</h1>").contains("来源：" + file);
        JsonNode json = new ObjectMapper().readTree(new JsonScorecardWriter().write(card));
        assertThat(json.get("unit").isNull()).as("JSON unit stays null").isTrue();
        assertThat(rows(rectification(card), "得分").get(0)).containsExactly("单位", UNNAMED + "（2023年度）");

        Ranking ranking = new RankingBuilder(PIPELINE.checklist())
                .build(List.of(UnitSummary.of(card, "in/" + file, "-xss-整改台账.xlsx")), List.of(), List.of());
        assertThat(rows(ranking(ranking, card.categories()), "排名").get(1)).contains(UNNAMED, "in/" + file);
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        new SummaryHtmlWriter().write(ranking, summary);
        assertThat(summary.toString(StandardCharsets.UTF_8)).contains("<td>" + UNNAMED + "</td>");
    }
}
