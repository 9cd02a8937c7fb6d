package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static cn.fazhi.assess.followup.FollowUpsTest.ONLINE;
import static cn.fazhi.assess.followup.FollowUpsTest.criterionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 整改台账 written, filled in by the unit (with POI, as Excel or WPS would save it), read back and followed up. */
class LedgerReaderTest {
    @TempDir
    Path dir;

    @Test
    void whatTheUnitTypedIsKeptAndAGapItClosedWronglyIsFlaggedNextYear() throws IOException {
        Scorecard last = FollowUpsTest.lastYear();
        Path ledger = written(last, "下陆区-整改台账.xlsx");
        String online = criterionOf(ONLINE);
        fillIn(ledger, online);

        PreviousResult read = new LedgerReader().read(ledger);
        FollowUp.Item item = FollowUps.compare(read, FollowUpsTest.thisYear()).followUp().item(online);

        assertThat(read.unit()).isEqualTo("下陆区");
        assertThat(read.year()).isEqualTo(2022);
        assertThat(read.gaps()).hasSize(last.gaps().size());
        assertThat(read.gaps()).filteredOn(g -> g.criterion().equals(online)).singleElement().satisfies(g -> {
            assertThat(g.pointsLost()).isEqualTo(3.0); // typed over by a formula, read as its value
            assertThat(g.closedOn()).isEqualTo("2023-05-20");
        });
        assertThat(item.unitSaid()).isEqualTo("责任人：王某；整改进展：已上线“一网通办”专区");
        assertThat(item.label()).endsWith("（销号不实）");
    }

    private Path written(Scorecard card, String name) throws IOException {
        Path ledger = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(ledger)) {
            new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
        }
        return ledger;
    }

    /** As a unit fills it in: 责任人, 整改进展, 已销号 with a date, 失分 as a formula, a note below the table. */
    private static void fillIn(Path ledger, String criterion) throws IOException {
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(XlsxLedgerWriter.SHEET);
            int item = XlsxLedgerWriter.COLUMNS.indexOf("评分项");
            for (Row row : sheet) {
                if (row.getRowNum() > 2 && row.getCell(item).getStringCellValue().startsWith(criterion + " ")) {
                    row.createCell(XlsxLedgerWriter.COLUMNS.indexOf("责任人")).setCellValue("王某");
                    row.createCell(XlsxLedgerWriter.COLUMNS.indexOf("整改进展")).setCellValue("已上线“一网通办”专区");
                    row.createCell(XlsxLedgerWriter.COLUMNS.indexOf("销号状态")).setCellValue("已销号");
                    row.createCell(XlsxLedgerWriter.COLUMNS.indexOf("销号日期")).setCellValue(LocalDate.of(2023, 5, 20));
                    row.getCell(XlsxLedgerWriter.COLUMNS.indexOf("销号日期")).setCellStyle(row.getCell(XlsxLedgerWriter.COLUMNS.indexOf("整改时限")).getCellStyle());
                    row.getCell(XlsxLedgerWriter.COLUMNS.indexOf("失分")).setCellFormula("1.5*2");
                }
            }
            sheet.createRow(sheet.getLastRowNum() + 2).createCell(0).setCellValue("填表人：李某　联系电话：1234567");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(ledger)) {
                wb.write(out);
            }
        }
    }

    @Test
    void aLedgerWithColumnsMovedAndAddedIsReadByTheirNames() throws IOException {
        Path ledger = dir.resolve("自制台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("千山区2022年度法治政府建设考评整改台账");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row head = sheet.createRow(1);
            String[] names = {"备注", "失分", "销号状态", "评分项", "整改 进展", "责任人"};
            for (int c = 0; c < names.length; c++) {
                head.createCell(c).setCellValue(names[c]);
            }
            Row gap = sheet.createRow(2);
            gap.createCell(1).setCellValue("２");
            gap.createCell(2).setCellValue("未销号");
            gap.createCell(3).setCellValue("C1 权责清单编制公布并动态调整");
            gap.createCell(4).setCellValue("正在编制");
            try (OutputStream out = Files.newOutputStream(ledger)) {
                wb.write(out);
            }
        }

        PreviousResult read = new LedgerReader().read(ledger);

        assertThat(read.unit()).isEqualTo("千山区");
        assertThat(read.year()).isEqualTo(2022);
        assertThat(read.gaps()).singleElement().satisfies(g -> {
            assertThat(g.criterion()).isEqualTo("C1");
            assertThat(g.pointsLost()).isEqualTo(2.0);
            assertThat(g.progress()).isEqualTo("正在编制");
            assertThat(g.closed()).isFalse();
        });
    }

    @Test
    void aCellItCannotReadIsNamedBySheetRowAndColumn() throws IOException {
        Path ledger = written(FollowUpsTest.lastYear(), "台账.xlsx");
        try (InputStream in = Files.newInputStream(ledger); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet(XlsxLedgerWriter.SHEET).getRow(4).getCell(XlsxLedgerWriter.COLUMNS.indexOf("销号状态")).setCellValue("完成了");
            try (OutputStream out = Files.newOutputStream(ledger)) {
                wb.write(out);
            }
        }

        assertThatThrownBy(() -> new LedgerReader().read(ledger)).isInstanceOfSatisfying(InputFailure.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.LEDGER_CELL_INVALID);
            assertThat(e.details()).containsExactly("整改台账", "5", "销号状态", "应为“已销号”或“未销号”，不是“完成了”");
        });
        assertThatThrownBy(() -> new LedgerReader().read(Files.writeString(dir.resolve("x.xlsx"), "not a workbook")))
                .isInstanceOfSatisfying(InputFailure.class, e -> assertThat(e.reason()).isEqualTo(Reason.PREVIOUS_UNREADABLE));
    }
}
