package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.scoring.RuleHarness;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 整改清单 workbook read back with POI: its numbers are numeric cells, shown whole or with two decimals. */
class XlsxRectificationWriterTest {
    private static final Scorecard XIALU = RuleHarness.PIPELINE.score(Path.of("samples/facts/000_14537a11da58042f.yaml"), null);

    @Test
    void theListIsNumberedWithWholeNumbers() throws IOException {
        try (XSSFWorkbook wb = write(XIALU)) {
            Sheet list = wb.getSheet("整改清单");

            for (int r = 1; r <= list.getLastRowNum(); r++) {
                assertNumber(list.getRow(r).getCell(0), r, "0");
            }
            assertThat(list.getLastRowNum()).isEqualTo(XIALU.gaps().size());
        }
    }

    @Test
    void pointsCategoriesAndFindingsAreNumbersWithTwoDecimals() throws IOException {
        try (XSSFWorkbook wb = write(XIALU)) {
            Map<String, Row> rows = byFirstCell(wb.getSheet("得分"));

            assertNumber(rows.get("得分").getCell(1), XIALU.rawPoints(), "0.00");
            assertNumber(rows.get("可评分值").getCell(1), XIALU.maxPoints(), "0.00");
            assertNumber(rows.get("附加分").getCell(1), XIALU.bonusPoints(), "0.00");
            assertNumber(rows.get("待人工核查分值").getCell(1), XIALU.manualPoints(), "0.00");
            CategoryScore d = XIALU.categories().get(3);
            assertNumber(rows.get(d.id() + " " + d.title()).getCell(1), d.points(), "0.00");
            assertNumber(rows.get(d.id() + " " + d.title()).getCell(2), d.max(), "0.00");
            Finding c1 = XIALU.findings().stream().filter(f -> f.criterion().equals("C1")).findFirst().orElseThrow();
            assertNumber(rows.get("C1").getCell(3), c1.points(), "0.00");
            assertNumber(rows.get("C1").getCell(4), c1.max(), "0.00");
        }
    }

    @Test
    void theNamesOfThePairsStayHeaders() throws IOException {
        try (XSSFWorkbook wb = write(XIALU)) {
            Row points = byFirstCell(wb.getSheet("得分")).get("得分");

            assertThat(wb.getFontAt(points.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(points.getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    private static XSSFWorkbook write(Scorecard card) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRectificationWriter().write(card, XlsxRectificationWriter.titles(card.categories()), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The first row whose first cell has each text (得分 is a pair's name before it is a column title). */
    private static Map<String, Row> byFirstCell(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING) {
                rows.putIfAbsent(first.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(cell.getAddress() + " type").isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress() + " value").isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).as(cell.getAddress() + " format").isEqualTo(format);
    }
}
