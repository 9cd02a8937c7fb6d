package cn.fazhi.assess.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles our workbooks share: a bold shaded header, and wrapped, top-aligned body cells. */
final class XlsxStyles {
    final CellStyle header;
    final CellStyle body;
    final CellStyle number;

    XlsxStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = bordered(wb);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        body = bordered(wb);
        body.setWrapText(true);
        number = bordered(wb);
        number.setDataFormat(wb.createDataFormat().getFormat("0.##"));
    }

    /** A header row, frozen, with the given column widths in characters. */
    void header(Sheet sheet, String[] titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void text(Row row, int col, String value) {
        row.createCell(col).setCellValue(value == null ? "" : value);
        row.getCell(col).setCellStyle(body);
    }

    void number(Row row, int col, double value) {
        row.createCell(col).setCellValue(value);
        row.getCell(col).setCellStyle(number);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
