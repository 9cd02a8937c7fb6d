package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 整改台账 as the unit filled it in and handed back, read by its header names — columns moved, added or dropped,
 * a title merged across the top, notes below the rows, formulas (their last values), saved by Excel or WPS. The
 * columns it cannot do without are 评分项 and 失分; anything else it cannot read is an error naming the sheet, the
 * row and the column.
 */
public final class LedgerReader {
    private static final Pattern TITLE = Pattern.compile("^(.*?)(?:(\\d{4})年度)?法治政府建设考评整改台账$");
    private static final Pattern CRITERION = Pattern.compile("^([A-Z][A-Z0-9]{0,5})[\\s　]*(.*)$", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年度");
    private static final int HEADER_SEARCH_ROWS = 15;

    public PreviousResult read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = sheet(wb, file);
            return read(sheet, file.toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFailure f) {
                throw f;
            }
            throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(), "不是可读取的Excel工作簿（" + e.getMessage() + "）");
        }
    }

    private static Sheet sheet(Workbook wb, Path file) {
        Sheet named = wb.getSheet(XlsxLedgerWriter.SHEET);
        if (named != null) {
            return named;
        }
        for (Sheet s : wb) {
            if (headerRow(s) >= 0) {
                return s;
            }
        }
        throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(), "没有找到整改台账：没有一个工作表有“评分项”和“失分”两列");
    }

    private static int headerRow(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS); r++) {
            Map<String, Integer> columns = columns(sheet.getRow(r));
            if (columns.containsKey("评分项") && columns.containsKey("失分")) {
                return r;
            }
        }
        return -1;
    }

    private static Map<String, Integer> columns(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        if (row != null) {
            for (Cell c : row) {
                String name = text(c).replaceAll("[\\s　]", "");
                if (!name.isEmpty()) {
                    columns.putIfAbsent(name, c.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private PreviousResult read(Sheet sheet, String source) {
        int header = headerRow(sheet);
        if (header < 0) {
            throw new InputFailure(Reason.PREVIOUS_UNREADABLE, source, "工作表“" + sheet.getSheetName() + "”没有“评分项”和“失分”两列");
        }
        Map<String, Integer> columns = columns(sheet.getRow(header));
        String unit = null;
        Integer year = null;
        for (int r = sheet.getFirstRowNum(); r < header; r++) {
            Matcher m = TITLE.matcher(firstText(sheet.getRow(r)));
            if (m.matches()) {
                unit = m.group(1).isBlank() || m.group(1).equals("（未识别单位名称）") ? null : m.group(1);
                year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            }
        }
        List<PreviousResult.Gap> gaps = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String item = cell(row, columns, "评分项");
            if (item.isBlank()) {
                continue; // a blank row or a note below the table
            }
            Matcher id = CRITERION.matcher(item.strip());
            if (!id.matches()) {
                throw invalid(source, sheet, r, "评分项", "“" + item.strip() + "”不以评分项编号（如 G1）开头");
            }
            year = year != null ? year : yearOf(cell(row, columns, "问题来源"));
            gaps.add(new PreviousResult.Gap(id.group(1), id.group(2).strip(), points(source, sheet, row, r, columns),
                    cell(row, columns, "责任人"), cell(row, columns, "整改进展"), cell(row, columns, "佐证材料"),
                    closed(source, sheet, r, cell(row, columns, "销号状态")), cell(row, columns, "销号日期")));
        }
        return new PreviousResult(source, unit, year, null, gaps);
    }

    private static String firstText(Row row) {
        if (row != null) {
            for (Cell c : row) {
                String t = text(c).strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    private static double points(String source, Sheet sheet, Row row, int r, Map<String, Integer> columns) {
        Cell c = row.getCell(columns.get("失分"));
        String t = text(c).strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            double v = Double.parseDouble(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC).replace("分", ""));
            if (v < 0) {
                throw invalid(source, sheet, r, "失分", "失分不能为负");
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(source, sheet, r, "失分", "“" + t + "”不是数字");
        }
    }

    private static boolean closed(String source, Sheet sheet, int r, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.equals("未销号")) {
            return false;
        }
        if (v.equals("已销号")) {
            return true;
        }
        throw invalid(source, sheet, r, "销号状态", "应为“已销号”或“未销号”，不是“" + v + "”");
    }

    private static Integer yearOf(String source) {
        Matcher m = YEAR.matcher(source);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static InputFailure invalid(String source, Sheet sheet, int r, String column, String what) {
        return new InputFailure(Reason.LEDGER_CELL_INVALID, source, sheet.getSheetName(), String.valueOf(r + 1), column, what);
    }

    private static String cell(Row row, Map<String, Integer> columns, String name) {
        Integer c = columns.get(name);
        return row == null || c == null ? "" : text(row.getCell(c));
    }

    /** A cell as the unit sees it: text, a number without ".0", a date as yyyy-mm-dd, a formula's last value. */
    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? LocalDate.from(c.getLocalDateTimeCellValue()).toString()
                    : number(c.getNumericCellValue());
            case BOOLEAN -> c.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
