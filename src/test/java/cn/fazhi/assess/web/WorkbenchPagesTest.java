package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.scoring.RuleHarness;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages an evaluator reads, over HTTP: what they show, in what order, and what they never show. */
class WorkbenchPagesTest {
    @TempDir
    Path dir;
    Database db;
    Workbench bench;
    WebServer server;
    String base;
    final WebClient web = new WebClient();

    @BeforeEach
    void start() throws IOException {
        db = Database.h2(dir.resolve("data"));
        bench = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        server = new WebServer(bench, 20, null).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    /** The five samples: four county-level units and one 街道. */
    private long assessmentOfTheSamples() throws IOException {
        long a = bench.createAssessment("2023年度考评", 2023, null);
        try (Stream<Path> files = Files.list(Path.of("samples/reports"))) {
            for (Path f : files.sorted().toList()) {
                bench.upload(a, f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return a;
    }

    @Test
    void aTownshipAmongCountiesIsRankedInItsOwnGroupBelowTheCharts() throws Exception {
        long a = assessmentOfTheSamples();

        Document page = Jsoup.parse(web.get(base + "/assessments/" + a).body());

        assertThat(page.select("#ranking tbody")).hasSize(2);
        assertThat(page.select("#ranking tr.group")).extracting(e -> e.text())
                .containsExactly("县级政府（4个单位，分组排名）", "乡镇（街道）（1个单位，分组排名）");
        List<String> township = page.select("#ranking tbody").get(1).select("tr:not(.group)").get(0).select("td").eachText();
        assertThat(township.get(0)).isEqualTo("1");
        assertThat(township.get(1)).isEqualTo("蜀山街道");
        try (XSSFWorkbook ranking = new XSSFWorkbook(new ByteArrayInputStream(web.http.send(HttpRequest.newBuilder(
                URI.create(base + "/assessments/" + a + "/ranking.xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray()).body()))) {
            Sheet sheet = ranking.getSheet("排名");
            int column = -1;
            for (Cell head : sheet.getRow(0)) {
                column = head.getStringCellValue().equals("整改台账") ? head.getColumnIndex() : column;
            }
            Cell link = sheet.getRow(1).getCell(column);
            assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
            assertThat(link.getHyperlink().getAddress()).as("a link that opens from the downloads folder")
                    .matches(java.util.regex.Pattern.quote(base) + "/reports/\\d+");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        String html = page.outerHtml();
        assertThat(html.indexOf("id=\"histogram\"")).isPositive().isLessThan(html.indexOf("id=\"ranking\""));
        assertThat(html.indexOf("id=\"common-gaps\"")).isPositive().isLessThan(html.indexOf("id=\"ranking\""));
    }

    @Test
    void noPageShowsNullAnExceptionOrAFactKey() throws Exception {
        long a = assessmentOfTheSamples();
        long empty = bench.upload(a, "空文件.txt", new byte[0]).reportId();
        long xialu = 1;
        bench.correctFact(xialu, "dispute.court_appearance_rate", "60", "原文系分管负责人出庭");
        Finding manual = bench.scorecard(xialu).findings().stream().filter(f -> f.status() == Status.MANUAL).findFirst().orElseThrow();
        bench.decide(xialu, manual.criterion(), Status.MET, null, "经查阅台账");

        List<String> pages = new ArrayList<>(List.of("/", "/assessments/" + a, "/reports/" + empty, "/nope", "/reports/999",
                "/assessments/" + a + "?q=%E4%B8%8D%E5%AD%98%E5%9C%A8"));
        for (long r = 1; r <= 5; r++) {
            pages.add("/reports/" + r);
        }
        for (String path : pages) {
            Document page = Jsoup.parse(web.get(base + path).body());
            page.select("#report-text").remove(); // the report's own words may be anything
            String text = page.text();
            assertThat(text).as(path).doesNotContain("null").doesNotContain("Exception").doesNotContain("Endpoint");
            for (String key : bench.checklist().indicators().keySet()) {
                assertThat(text).as(path).doesNotContain(key);
            }
        }
    }

    @Test
    void aReportThatNamesNoUnitIsShownAsUnnamedNotByItsFileName() throws Exception {
        long a = bench.createAssessment("未署名", 2023, "county");
        String text = "关于2023年法治政府建设情况的报告\n一、主要举措和成效\n深入学习贯彻习近平法治思想，全年召开常务会议会前学法12次，"
                + "行政机关负责人出庭应诉率达到100%。\n二、存在的不足和原因\n法治宣传还不够深入。\n三、下一年度的主要安排\n持续推进依法行政。\n";
        Workbench.Upload up = bench.upload(a, "xss.html.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(up.error()).isNull();

        Document ranking = Jsoup.parse(web.get(base + "/assessments/" + a).body());
        Document unit = Jsoup.parse(web.get(base + "/reports/" + up.reportId()).body());
        HttpResponse<String> workbook = web.get(base + "/reports/" + up.reportId() + "/scorecard.json");

        assertThat(ranking.select("#ranking tbody td").eachText()).contains("（未识别单位名称）", "xss.html.txt");
        assertThat(unit.select("h1").text()).startsWith("（未识别单位名称）2023年度").doesNotContain("xss");
        assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains("%E6%9C%AA%E8%AF%86%E5%88%AB");
    }

    @Test
    void anAssessmentNamingLastYearsShowsWhatEachUnitRectified() throws Exception {
        String thisYear = Files.readString(WorkbenchTest.XIALU);
        // last year's report: another year, and without the sentences on 述法 and 一村(社区)一法律顾问
        String lastYear = thisYear.replace("2023", "2022").replace("实现述法全覆盖", "").replace("一村(社区)一法律顾问全覆盖", "");
        long before = bench.createAssessment("2022年度考评", 2022, null);
        bench.upload(before, "下陆区2022.txt", lastYear.getBytes(StandardCharsets.UTF_8));
        long now = bench.createAssessment("2023年度考评", 2023, null);
        long report = bench.upload(now, "下陆区2023.txt", thisYear.getBytes(StandardCharsets.UTF_8)).reportId();

        HttpResponse<String> named = web.post(base + "/assessments/" + now + "/previous", "previous=" + before);
        HttpResponse<String> cycle = web.post(base + "/assessments/" + before + "/previous", "previous=" + now);

        assertThat(named.headers().firstValue("Location").orElseThrow()).doesNotContain("error=");
        Document ranking = Jsoup.parse(web.get(base + "/assessments/" + now).body());
        assertThat(ranking.select("#ranking thead th").eachText()).contains("上年问题整改率");
        assertThat(ranking.select("#ranking tbody td").eachText()).anyMatch(t -> t.matches("\\d+(\\.\\d)?%"));
        Document unit = Jsoup.parse(web.get(base + "/reports/" + report).body());
        assertThat(unit.select("#followup").text()).contains("上年考评批次“2022年度考评”")
                .contains("B3 党政主要负责人年终述法全覆盖 已整改").contains("未整改（连续两年未整改）");
        assertThat(bench.scorecard(report).followUp().previousYear()).isEqualTo(2022);
        assertThat(java.net.URLDecoder.decode(cycle.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .contains("已经以本批次为上年批次");
    }

    @Test
    void aUnitUploadedTwiceIsRankedOnceAfterTheEvaluatorPicksOneCopy() throws Exception {
        long a = bench.createAssessment("重复上传", 2023, null);
        byte[] xialu = Files.readAllBytes(WorkbenchTest.XIALU);
        long first = bench.upload(a, "下陆区-初稿.txt", xialu).reportId();
        long second = bench.upload(a, "下陆区-定稿.txt", xialu).reportId();
        assertThat(Jsoup.parse(web.get(base + "/assessments/" + a).body()).select("#ranking tbody tr")).hasSize(2);

        Document unit = Jsoup.parse(web.get(base + "/reports/" + second).body());
        assertThat(unit.select("#same-unit").text()).contains("下陆区-初稿.txt");
        HttpResponse<String> prefer = web.post(base + "/reports/" + second + "/prefer", "");

        assertThat(prefer.statusCode()).isEqualTo(302);
        Document ranking = Jsoup.parse(web.get(base + "/assessments/" + a).body());
        assertThat(ranking.select("#ranking tbody tr")).hasSize(1);
        assertThat(ranking.select("#ranking tbody tr td").eachText()).contains("下陆区-定稿.txt");
        assertThat(ranking.select("#removed").text()).contains("下陆区-初稿.txt").contains("同一单位以下陆区-定稿.txt为准");
        assertThat(bench.ranking(a).notes()).noneMatch(n -> n.contains("同名单位"));
        assertThat(bench.store().report(first).orElseThrow().removed()).isTrue();
    }

    @Test
    void everyErrorIsChineseInOneShapeForPagesAndForTheScript() throws Exception {
        long a = bench.createAssessment("错误", 2023, null);

        HttpResponse<String> noAssessment = web.upload(base + "/assessments/999/reports", "a.txt", "x".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> brokenMultipart = web.http.send(HttpRequest.newBuilder(URI.create(base + "/assessments/" + a + "/reports"))
                .header("Content-Type", "multipart/form-data; boundary=abc").header("Origin", base)
                .header("X-CSRF-Token", web.csrf(base))
                .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nxx"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> badId = web.get(base + "/reports/abc");
        HttpResponse<String> wrongMethod = web.http.send(HttpRequest.newBuilder(URI.create(base + "/reports/1/facts")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(noAssessment.statusCode()).isEqualTo(404);
        assertThat(noAssessment.body()).isEqualTo("{\"error\":\"没有这个考评批次\"}");
        assertThat(brokenMultipart.statusCode()).isBetween(400, 413);
        assertThat(brokenMultipart.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(brokenMultipart.body()).startsWith("{\"error\":\"").containsPattern("[\\u4e00-\\u9fff]");
        for (HttpResponse<String> page : List.of(badId, wrongMethod)) {
            assertThat(page.statusCode()).as(page.uri().toString()).isIn(404, 405);
            Document d = Jsoup.parse(page.body());
            assertThat(d.select("#reason").text()).as(page.uri().toString()).containsPattern("[\\u4e00-\\u9fff]");
            assertThat(d.select("header .brand").text()).isEqualTo("法治政府建设考评工作台");
        }
    }

    @Test
    void numbersTypedInFullWidthDigitsAreAccepted() throws Exception {
        HttpResponse<String> created = web.post(base + "/assessments", "name=%E5%85%A8%E8%A7%92&year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93&level=");
        assertThat(created.statusCode()).isEqualTo(302);
        Store.Assessment a = bench.store().assessments().get(0);
        assertThat(a.year()).isEqualTo(2023);

        long id = bench.upload(a.id(), "xialu.txt", Files.readAllBytes(WorkbenchTest.XIALU)).reportId();
        Finding manual = bench.scorecard(id).findings().stream().filter(f -> f.status() == Status.MANUAL && f.max() >= 2)
                .findFirst().orElseThrow();
        HttpResponse<String> decided = web.post(base + "/reports/" + id + "/decisions", "criterion=" + manual.criterion()
                + "&status=PARTIAL&points=%EF%BC%91%EF%BC%8E%EF%BC%95&reason=%E6%9F%A5%E9%98%85%E5%8F%B0%E8%B4%A6");

        assertThat(decided.headers().firstValue("Location").orElseThrow()).doesNotContain("error=");
        Finding after = bench.scorecard(id).findings().stream().filter(f -> f.criterion().equals(manual.criterion())).findFirst().orElseThrow();
        assertThat(after.points()).isEqualTo(1.5);
    }

    @Test
    void aSelfAssessmentEnteredOnAUnitsPageIsShownThereAndInTheRanking() throws Exception {
        long a = bench.createAssessment("自评", 2023, null);
        long id = bench.upload(a, "xialu.txt", Files.readAllBytes(WorkbenchTest.XIALU)).reportId();

        HttpResponse<String> saved = web.post(base + "/reports/" + id + "/self", "criterion=total&points=90&reason=");
        Document unit = Jsoup.parse(web.get(base + "/reports/" + id).body());
        Document ranking = Jsoup.parse(web.get(base + "/assessments/" + a).body());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).doesNotContain("error=");
        assertThat(unit.select("#self-line").text()).startsWith("单位自评分90分，评估得分").contains("低于自评");
        assertThat(unit.select("#change-log").text()).contains("单位自评分").contains("总分");
        assertThat(ranking.select("#ranking thead").text()).contains("自评分").contains("与自评分之差");
        assertThat(ranking.select("#ranking tbody tr").first().text()).contains("90");
    }
}
