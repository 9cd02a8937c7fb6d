package cn.fazhi.assess.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.fazhi.assess.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** `rank` on a folder of the samples with junk mixed in, as an evaluator would run it. */
class RankCliTest {
    @TempDir
    Path dir;
    Path in;
    Path out;

    @BeforeEach
    void folderOfReportsAndJunk() throws IOException {
        in = Files.createDirectories(dir.resolve("in/sub"));
        for (String seed : List.of("000_14537a11da58042f", "001_59c7d4ea9493623a", "002_238fb2faf3536844",
                "003_28a7165d80eeb6b4", "004_cbfee4c587ea90df")) {
            Files.copy(Path.of("samples/reports", seed + ".txt"), in.getParent().resolve(seed + ".txt"));
        }
        Files.copy(Path.of("samples/facts/000_14537a11da58042f.yaml"), in.resolve("xialu-corrected.yaml"));
        Files.createFile(in.getParent().resolve("empty.txt"));
        Files.writeString(in.getParent().resolve("menu.txt"), "今日菜单：红烧肉、清炒时蔬。");
        Files.writeString(in.getParent().resolve(".DS_Store"), "hidden");
        in = in.getParent();
        out = dir.resolve("out");
    }

    @Test
    void ranksScoresEveryUnitAndListsTheBadFiles() throws IOException {
        CliTest.Run r = run("rank", "--lang", "en", in.toString(), "-o", out.toString(), "--threads", "2");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("scored 6 unit(s), 2 file(s) not scored");
        assertThat(r.err()).contains("not scored: " + in.resolve("empty.txt") + ": the file is empty")
                .contains("menu.txt: not a rule-of-law government report").doesNotContain(".DS_Store")
                .contains("8/8 (100%)");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("scored").asInt()).isEqualTo(6);
        assertThat(summary.get("ranking").get(0).get("rank").asInt()).isEqualTo(1);
        List<Double> totals = new ArrayList<>();
        summary.get("ranking").forEach(u -> totals.add(u.get("total").asDouble()));
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(summary.get("notes").get(0).asText()).contains("同名单位“下陆区”有2份报告");
        assertThat(summary.get("failures")).hasSize(2);
    }

    @Test
    void eachUnitGetsItsWorkbookAndTheRankingSheetsAreThere() throws IOException {
        run("rank", in.toString(), "-o", out.toString());

        assertThat(out.resolve("千山区-整改台账.xlsx")).exists();
        assertThat(out.resolve("下陆区-000_14537a11da58042f-整改台账.xlsx")).exists();
        assertThat(out.resolve("下陆区-sub_xialu-corrected-整改台账.xlsx")).exists();
        try (Workbook wb = open(out.resolve("千山区-整改台账.xlsx"))) {
            Sheet list = wb.getSheet("整改台账");
            assertThat(cells(list.getRow(2))).containsExactlyElementsOf(cn.fazhi.assess.export.XlsxLedgerWriter.COLUMNS);
            assertThat(list.getLastRowNum()).isGreaterThan(7);
            assertThat(cells(list.getRow(3)).get(4)).as("存在问题 states the problem, not the score").doesNotStartWith("【");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getColumnWidth(4)).as("存在问题 column width").isEqualTo(28 * 256);
            assertThat(list.getRow(3).getHeightInPoints()).as("a row as tall as its wrapped text").isGreaterThan(30);
            assertThat(list.getRow(3).getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(list.getRow(2).getCell(0).getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(wb.getSheet("得分").getRow(0).getCell(1).getStringCellValue()).isEqualTo("千山区（2021年度）");
        }
        try (Workbook wb = open(out.resolve("排名.xlsx"))) {
            assertThat(cells(wb.getSheet("排名").getRow(0))).startsWith("名次", "单位", "层级", "年度", "总分", "等次");
            assertThat(wb.getSheet("排名").getLastRowNum()).isEqualTo(6);
            assertThat(wb.getSheet("常见问题").getLastRowNum()).isGreaterThan(3);
            assertThat(wb.getSheet("未评分文件").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void eachUnitsWorkbookIsAFileLinkToTheWorkbookBesideTheRanking() throws IOException {
        run("rank", in.toString(), "-o", out.toString());

        try (Workbook wb = open(out.resolve("排名.xlsx"))) {
            Sheet ranking = wb.getSheet("排名");
            int column = cells(ranking.getRow(0)).indexOf("整改台账");
            for (int r = 1; r <= ranking.getLastRowNum(); r++) {
                Cell cell = ranking.getRow(r).getCell(column);
                assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
                Path target = out.resolve(URI.create(cell.getHyperlink().getAddress()).getPath());
                assertThat(target).exists().hasFileName(cell.getStringCellValue());
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameSummaryJson() throws IOException {
        run("rank", in.toString(), "-o", out.toString(), "--threads", "2");
        String first = Files.readString(out.resolve("summary.json"));
        run("rank", in.toString(), "-o", dir.resolve("again").toString(), "--threads", "1");

        assertThat(Files.readString(dir.resolve("again/summary.json"))).isEqualTo(first);
    }

    @Test
    void summaryHtmlIsSelfContainedAndEscaped() throws IOException {
        Files.writeString(in.resolve("evil.yaml"), """
                meta: {unit: "<script>alert(1)</script>区", level: county, year: 2023}
                facts:
                  report.achievements: {value: true, quote: x}
                """);

        run("rank", in.toString(), "-o", out.toString());

        String html = Files.readString(out.resolve("summary.html"));
        assertThat(html).contains("<svg").contains("得分分布").contains("最常见的失分项")
                .doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;区")
                .doesNotContain("http://cdn").doesNotContain("<link");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("<") || n.contains("/"));
        }
    }

    @Test
    void unitsTheirFilesDoNotNameAreUnnamedNotOneUnit() throws IOException {
        Path facts = Files.createDirectories(dir.resolve("unnamed"));
        for (String name : List.of("a.yaml", "b.yaml")) {
            Files.writeString(facts.resolve(name), "meta: {level: county, year: 2023}\nfacts:\n  report.achievements: {value: true, quote: x}\n");
        }

        CliTest.Run r = run("rank", facts.toString(), "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("同名单位");
        try (Workbook wb = open(out.resolve("排名.xlsx"))) {
            Sheet ranking = wb.getSheet("排名");
            for (int row = 1; row <= 2; row++) {
                assertThat(cells(ranking.getRow(row))).contains("（未识别单位名称）").anyMatch(c -> c.endsWith(".yaml"));
            }
        }
    }

    @Test
    void aNonEmptyOutdirIsRefusedUnlessForced() throws IOException {
        Files.createDirectories(out);
        Path mine = Files.writeString(out.resolve("mine.txt"), "keep me");

        CliTest.Run refused = run("rank", in.toString(), "-o", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty; pass --force");

        CliTest.Run forced = run("rank", in.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exit()).isEqualTo(1);
        assertThat(Files.readString(mine)).isEqualTo("keep me");
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void aThreadCountInFullWidthDigitsIsTaken() {
        CliTest.Run r = run("rank", "samples/facts", "-o", out.toString(), "--threads", "２");

        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void allGoodIsExitZero() {
        CliTest.Run r = run("rank", "samples/facts", "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("scored 5 unit(s), 0 file(s) not scored");
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream inStream = Files.newInputStream(file)) {
            return new XSSFWorkbook(inStream);
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.toString()));
        return values;
    }
}
