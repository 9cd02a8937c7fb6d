package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.UnitSummary;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 排名.xlsx read back with POI: numbers are numeric cells with their formats, each 整改清单 is a link. */
class XlsxRankingWriterTest {
    private static final List<CategoryScore> HEADS = List.of(new CategoryScore("A", "年度报告规范", 0, 10),
            new CategoryScore("B", "党的领导", 0, 14));
    private static final UnitSummary XIALU = unit("下陆区", 2023, 85.5, "下陆区-整改清单.xlsx");
    private static final UnitSummary NO_YEAR = unit("千山区", null, 71.25, "https://fazhi.example.cn/reports/7");
    private static final UnitSummary ON_SERVER = unit("铁山区", 2023, 60, "/reports/12");
    private static final UnitSummary SPACED = unit(null, 2023, 60, "-my report #2-整改清单.xlsx");
    private static final int RANK = 0;
    private static final int YEAR = 3;
    private static final int TOTAL = 4;
    private static final int CATEGORY_A = 6;
    private static final int GAPS = 8;
    private static final int WORKBOOK = 10;

    @Test
    void rankCountAndYearAreWholeNumbersScoresHaveTwoDecimals() throws IOException {
        try (XSSFWorkbook wb = write(List.of(XIALU, NO_YEAR))) {
            Row first = wb.getSheet("排名").getRow(1);

            assertNumber(first.getCell(RANK), 1, "0");
            assertNumber(first.getCell(YEAR), 2023, "0");
            assertNumber(first.getCell(TOTAL), 85.5, "0.00");
            assertNumber(first.getCell(CATEGORY_A), 8.5, "0.00");
            assertNumber(first.getCell(GAPS), 3, "0");
            assertThat(wb.getSheet("排名").getRow(2).getCell(YEAR).getCellType()).as("unknown year").isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theWorkbookBesideTheRankingIsAFileLinkShowingItsName() throws IOException {
        try (XSSFWorkbook wb = write(List.of(XIALU))) {
            XSSFCell cell = wb.getSheet("排名").getRow(1).getCell(WORKBOOK);

            assertLink(cell, HyperlinkType.FILE, "下陆区-整改清单.xlsx", "下陆区-整改清单.xlsx");
            Font font = wb.getFontAt(cell.getCellStyle().getFontIndex());
            assertThat(font.getUnderline()).isEqualTo(Font.U_SINGLE);
            assertThat(font.getColor()).isEqualTo(IndexedColors.BLUE.getIndex());
        }
    }

    @Test
    void aFileNameWithSpacesOrHashIsEscapedInTheLinkNotInTheText() throws IOException {
        try (XSSFWorkbook wb = write(List.of(SPACED))) {
            XSSFCell cell = wb.getSheet("排名").getRow(1).getCell(WORKBOOK);

            assertLink(cell, HyperlinkType.FILE, "-my%20report%20%232-整改清单.xlsx", "-my report #2-整改清单.xlsx");
        }
    }

    @Test
    void aWebAddressIsAUrlLinkAndAPathOnAServerStaysText() throws IOException {
        try (XSSFWorkbook wb = write(List.of(XIALU, NO_YEAR, ON_SERVER))) {
            Sheet sheet = wb.getSheet("排名");
            XSSFCell web = (XSSFCell) sheet.getRow(2).getCell(WORKBOOK);
            XSSFCell server = (XSSFCell) sheet.getRow(3).getCell(WORKBOOK);

            assertLink(web, HyperlinkType.URL, "https://fazhi.example.cn/reports/7", "https://fazhi.example.cn/reports/7");
            assertThat(server.getHyperlink()).isNull();
            assertThat(server.getStringCellValue()).isEqualTo("/reports/12");
        }
    }

    @Test
    void commonGapsCountUnitsAndShareThemAsAPercentage() throws IOException {
        try (XSSFWorkbook wb = write(List.of(XIALU, NO_YEAR, ON_SERVER))) {
            Row gap = wb.getSheet("常见问题").getRow(1);

            assertNumber(gap.getCell(1), 2, "0");
            assertNumber(gap.getCell(2), 6, "0.00");
            assertNumber(gap.getCell(3), 2 / 3.0, "0.0%");
        }
    }

    @Test
    void aUnitsSelfAssessmentStandsBesideItsScoreWithTheDifference() throws IOException {
        UnitSummary self = new UnitSummary(XIALU.source(), XIALU.unit(), "county", 2023, 85.5, "良好", false, XIALU.categories(),
                3, XIALU.lost(), XIALU.workbook(), null, 92.0);
        try (XSSFWorkbook wb = write(List.of(self, NO_YEAR))) {
            Row head = wb.getSheet("排名").getRow(0);
            Row first = wb.getSheet("排名").getRow(1);
            Row second = wb.getSheet("排名").getRow(2);

            assertThat(head.getCell(GAPS + 1).getStringCellValue()).isEqualTo("自评分");
            assertThat(head.getCell(GAPS + 2).getStringCellValue()).isEqualTo("评估得分与自评分之差");
            assertNumber(first.getCell(GAPS + 1), 92, "0.00");
            assertNumber(first.getCell(GAPS + 2), -6.5, "0.00");
            assertThat(second.getCell(GAPS + 1).getStringCellValue()).as("no self-assessment").isEmpty();
        }
        try (XSSFWorkbook wb = write(List.of(XIALU))) {
            assertThat(wb.getSheet("排名").getRow(0).getCell(GAPS + 1).getStringCellValue()).as("no column without one").isNotEqualTo("自评分");
        }
    }

    @Test
    void noOtherSheetHasANumberWrittenAsText() throws IOException {
        try (XSSFWorkbook wb = write(List.of(XIALU, NO_YEAR, ON_SERVER, SPACED))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotMatch("[\\d.%\\s]+");
                        }
                    }
                }
            }
        }
    }

    private static XSSFWorkbook write(List<UnitSummary> units) throws IOException {
        List<Ranking.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ranked.add(new Ranking.Ranked(i + 1, units.get(i)));
        }
        Ranking ranking = new Ranking("细则", ranked, List.of(new CommonGap("C1", "权责清单", 2, 6)),
                List.of(new FailedInput("坏.txt", Reason.EMPTY_FILE, List.of())), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRankingWriter().write(ranking, HEADS, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertLink(XSSFCell cell, HyperlinkType type, String address, String text) {
        assertThat(cell.getHyperlink().getType()).as(cell.getAddress() + " link type").isEqualTo(type);
        assertThat(cell.getHyperlink().getAddress()).as(cell.getAddress() + " link address").isEqualTo(address);
        assertThat(cell.getStringCellValue()).as(cell.getAddress() + " text").isEqualTo(text);
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(cell.getAddress() + " type").isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress() + " value").isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).as(cell.getAddress() + " format").isEqualTo(format);
    }

    private static UnitSummary unit(String name, Integer year, double total, String workbook) {
        return new UnitSummary(workbook.replace("整改清单.xlsx", "报告.txt"), name, "county", year, total, "良好", false,
                List.of(new CategoryScore("A", "年度报告规范", 8.5, 10), new CategoryScore("B", "党的领导", 14, 14)),
                3, Map.of("C1", 3.0), workbook);
    }
}
