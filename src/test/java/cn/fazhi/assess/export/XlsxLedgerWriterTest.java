package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.scoring.RuleHarness;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The 整改台账 workbook read back with POI: its columns, lists, print setup, and numbers and dates as such. */
class XlsxLedgerWriterTest {
    private static final Scorecard XIALU = RuleHarness.PIPELINE.score(Path.of("samples/facts/000_14537a11da58042f.yaml"), null);

    @Test
    void theLedgerHasItsColumnsUnderATitleOneRowPerGapNumberedWithWholeNumbers() throws IOException {
        try (XSSFWorkbook wb = write(XIALU)) {
            XSSFSheet ledger = wb.getSheet("整改台账");

            assertThat(ledger.getRow(0).getCell(0).getStringCellValue()).isEqualTo("下陆区2023年度法治政府建设考评整改台账");
            assertThat(ledger.getRow(1).getCell(0).getStringCellValue()).contains("考评日期：2026-12-01");
            List<String> header = new ArrayList<>();
            ledger.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(XlsxLedgerWriter.COLUMNS);
            for (int r = 3; r <= ledger.getLastRowNum(); r++) {
                assertNumber(ledger.getRow(r).getCell(0), r - 2, "0");
            }
            assertThat(ledger.getLastRowNum() - 2).isEqualTo(XIALU.gaps().size());
        }
    }

    @Test
    void eachRowSaysTheProblemTheWorkWhoAndByWhenForTheUnitToFillIn() throws IOException {
        try (XSSFWorkbook wb = write(XIALU)) {
            XSSFSheet ledger = wb.getSheet("整改台账");
            Row first = ledger.getRow(3);
            Finding gap = XIALU.findings().stream().filter(f -> (f.criterion() + " " + f.title()).equals(first.getCell(3).getStringCellValue()))
                    .findFirst().orElseThrow();

            assertThat(first.getCell(4).getStringCellValue()).isEqualTo(gap.problem()).doesNotContain("失").doesNotContain("【");
            assertNumber(first.getCell(5), gap.pointsLost(), "0.00");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo(gap.suggestion());
            assertThat(first.getCell(8).getStringCellValue()).isIn("立行立改", "限期整改", "长期坚持");
            assertThat(first.getCell(11).getStringCellValue()).as("责任人 is the unit's to fill").isEmpty();
            assertThat(first.getCell(12).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 1).plusDays(gap.remedy().days()));
            assertThat(first.getCell(15).getStringCellValue()).isEqualTo("未销号");
            assertThat(ledger.getDataValidations()).extracting(v -> v.getValidationConstraint().getExplicitListValues())
                    .anySatisfy(values -> assertThat(values).containsExactly("立行立改", "限期整改", "长期坚持"))
                    .anySatisfy(values -> assertThat(values).containsExactly("未销号", "已销号"));
            assertThat(ledger.getPrintSetup().getLandscape()).isTrue();
            assertThat(ledger.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ledger.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
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
        new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
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
