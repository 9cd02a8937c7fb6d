package cn.fazhi.assess.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cells of the ranking workbook: a bold shaded header, wrapped, top-aligned text, numbers as numbers (whole
 * ones shown "0", points "0.00", shares "0.0%"; never "0.##", which Excel shows as "3.") and links.
 */
final class XlsxStyles {
    static final String WHOLE = "0";
    static final String POINTS = "0.00";
    static final String SHARE = "0.0%";

    private final CreationHelper helper;
    private final CellStyle header;
    private final CellStyle body;
    private final CellStyle whole;
    private final CellStyle points;
    private final CellStyle share;
    private final CellStyle link;

    XlsxStyles(Workbook wb) {
        helper = wb.getCreationHelper();
        Font bold = wb.createFont();
        bold.setBold(true);
        header = bordered(wb);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        body = bordered(wb);
        body.setWrapText(true);
        DataFormat formats = wb.createDataFormat();
        whole = bordered(wb);
        whole.setDataFormat(formats.getFormat(WHOLE));
        points = bordered(wb);
        points.setDataFormat(formats.getFormat(POINTS));
        share = bordered(wb);
        share.setDataFormat(formats.getFormat(SHARE));
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = bordered(wb);
        link.setFont(blue);
        link.setWrapText(true);
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

    /** A rank, a count or a year; null leaves the cell blank. */
    void whole(Row row, int col, Integer value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(whole);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    void points(Row row, int col, double value) {
        row.createCell(col).setCellValue(value);
        row.getCell(col).setCellStyle(points);
    }

    /** A fraction of 1, shown as a percentage. */
    void share(Row row, int col, double value) {
        row.createCell(col).setCellValue(value);
        row.getCell(col).setCellStyle(share);
    }

    /** A link to a file beside the workbook or a web page; anything else (a path on a server) stays text. */
    void link(Row row, int col, String value) {
        LinkTarget target = LinkTarget.of(value);
        if (target == null) {
            text(row, col, value);
            return;
        }
        Hyperlink hyperlink = helper.createHyperlink(target.type());
        hyperlink.setAddress(target.address());
        Cell cell = row.createCell(col);
        cell.setCellValue(target.label());
        cell.setHyperlink(hyperlink);
        cell.setCellStyle(link);
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
