package cn.fazhi.assess.followup;

import cn.fazhi.assess.cli.CliTest;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `rank` two years running: last year's output folder, one ledger filled in by its unit, followed up this year. */
class TwoYearRankTest {
    @TempDir
    Path dir;

    @Test
    void thisYearsRankFollowsUpLastYearsLedgersUnitByUnit() throws IOException {
        Path last = dir.resolve("2022");
        Path now = dir.resolve("2023");
        CliTest.Run first = CliTest.run("rank", "samples/previous/下陆区-2022.yaml", "samples/facts/003_28a7165d80eeb6b4.yaml",
                "-o", last.toString(), "--assessed-on", "2023-06-30");
        assertThat(first.exit()).isZero();
        markAllClosed(last.resolve("下陆区-整改台账.xlsx"), "王某");

        CliTest.Run second = CliTest.run("rank", "samples/reports/000_14537a11da58042f.txt", "samples/reports/003_28a7165d80eeb6b4.txt",
                "-o", now.toString(), "--previous", last.toString(), "--assessed-on", "2024-03-01");

        assertThat(second.exit()).isZero();
        JsonNode summary = new ObjectMapper().readTree(now.resolve("summary.json").toFile());
        JsonNode xialu = unit(summary, "下陆区");
        assertThat(xialu.path("rectification_rate").asDouble()).isBetween(0.01, 0.99);
        assertThat(xialu.path("followup").path("未整改").asInt()).isPositive();
        assertThat(xialu.path("followup").path("已整改").asInt()).isPositive();
        assertThat(unit(summary, "千山区").has("followup")).as("its previous ledger is of the same year").isFalse();
        assertThat(summary.path("notes").toString()).contains("上年结果是2021年度的，本次报告是2021年度的");
        assertThat(Files.readString(now.resolve("summary.html"))).contains("<h2>上年问题整改情况</h2>").contains("<th>上年问题整改率</th>");
        try (InputStream in = Files.newInputStream(now.resolve("排名.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet outcomes = wb.getSheet("上年整改情况");
            assertThat(outcomes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("未整改");
            assertThat(outcomes.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(xialu.path("followup").path("未整改").asInt());
            assertThat(outcomes.getDrawingPatriarch().getCharts()).singleElement()
                    .satisfies(c -> assertThat(c.getTitleText().getString()).isEqualTo("上年问题整改情况（各单位合计）"));
            Sheet ranking = wb.getSheet("排名");
            List<String> head = new ArrayList<>();
            ranking.getRow(0).forEach(c -> head.add(c.getStringCellValue()));
            assertThat(ranking.getRow(1).getCell(head.indexOf("上年问题整改率")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
        try (InputStream in = Files.newInputStream(now.resolve("下陆区-整改台账.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet ledger = wb.getSheet(XlsxLedgerWriter.SHEET);
            assertThat(ledger.getRow(2).getCell(XlsxLedgerWriter.COLUMNS.size()).getStringCellValue()).isEqualTo("上年整改情况");
            assertThat(ledger.getRow(3).getCell(XlsxLedgerWriter.COLUMNS.size()).getStringCellValue())
                    .as("what is open two years running leads, and the unit's 已销号 is flagged")
                    .isEqualTo("未整改（连续两年未整改）（销号不实）");
            List<String> said = new ArrayList<>();
            for (Row r : wb.getSheet(XlsxLedgerWriter.FOLLOW_UP)) {
                said.add(r.getCell(4) == null ? "" : r.getCell(4).getStringCellValue());
            }
            assertThat(said).contains("责任人：王某");
        }
    }

    @Test
    void scoreFollowsUpLastYearsScorecardJsonAndSaysWhenItIsAnotherUnits() throws IOException {
        Path last = dir.resolve("last.json");
        CliTest.run("score", "samples/previous/下陆区-2022.yaml", "--format", "json", "-o", last.toString());

        CliTest.Run json = CliTest.run("score", "samples/reports/000_14537a11da58042f.txt", "--previous", last.toString(), "--format", "json");
        CliTest.Run md = CliTest.run("score", "samples/reports/000_14537a11da58042f.txt", "--previous", last.toString());
        CliTest.Run other = CliTest.run("score", "samples/reports/003_28a7165d80eeb6b4.txt", "--previous", last.toString());

        JsonNode card = new ObjectMapper().readTree(json.out());
        assertThat(json.exit()).isZero();
        assertThat(card.path("previous_total").asDouble()).isPositive();
        assertThat(card.path("rectification_rate").asDouble()).isBetween(0.01, 0.99);
        assertThat(card.findValuesAsText("followup")).contains("已整改", "未整改", "部分整改");
        assertThat(md.out()).contains("## 上年问题整改情况").contains("未整改（连续两年未整改）");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("上年结果是“下陆区”的，本次考评的是“千山区”，不作比对");
        assertThat(other.out()).as("the report is still scored").contains("# 千山区").doesNotContain("上年问题整改情况");
    }

    private static JsonNode unit(JsonNode summary, String name) {
        for (JsonNode u : summary.path("ranking")) {
            if (u.path("unit").asText().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + name);
    }

    /** The unit fills in 责任人 and marks every row 已销号, as a unit eager to close its list might. */
    private static void markAllClosed(Path ledger, String responsible) throws IOException {
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(XlsxLedgerWriter.SHEET);
            for (Row r : sheet) {
                if (r.getRowNum() > 2) {
                    r.createCell(XlsxLedgerWriter.COLUMNS.indexOf("责任人")).setCellValue(responsible);
                    r.getCell(XlsxLedgerWriter.COLUMNS.indexOf("销号状态")).setCellValue("已销号");
                }
            }
            try (OutputStream out = Files.newOutputStream(ledger)) {
                wb.write(out);
            }
        }
    }
}
