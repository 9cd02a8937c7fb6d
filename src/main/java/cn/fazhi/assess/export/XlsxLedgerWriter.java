package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Remedy;
import cn.fazhi.assess.domain.RemedyType;
import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Scorecard;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One unit's 整改台账 workbook: sheet 整改台账 — one row per gap (points lost, a veto, data to verify; most points lost
 * first) that the unit fills in (责任人, 整改进展, 佐证材料, 销号) and hands back, printable on A4 landscape with its
 * header on every page and lists to pick 整改类型 and 销号状态 from — then sheet 得分 (the scorecard) and 更正记录
 * when an evaluator changed anything. Numbers are numbers and 整改时限 a date, so that they sort and add up.
 * Written with fastexcel, which streams the sheet XML: a batch writes one such workbook per unit, and
 * POI spent about ten times the CPU on each.
 */
public final class XlsxLedgerWriter {
    public static final String SHEET = "整改台账";
    /** The ledger's columns, by name: {@link LedgerReader} finds them by these names, wherever a unit moved them. */
    public static final List<String> COLUMNS = List.of("序号", "问题来源", "指标类别", "评分项", "存在问题", "失分", "整改目标",
            "整改措施", "整改类型", "牵头单位", "配合单位", "责任人", "整改时限", "整改进展", "佐证材料", "销号状态", "销号日期", "依据",
            "报告原文");
    public static final List<String> CLOSED = List.of("未销号", "已销号");
    /** The last column, and a sheet, when last year's result was given. */
    public static final String FOLLOW_UP = "上年整改情况";
    private static final String[] FOLLOW_UP_COLUMNS = {"评分项", "整改情况", "上年失分", "本年失分", "单位填报（上年台账）", "单位销号", "本年报告原文"};
    private static final int[] FOLLOW_UP_WIDTHS = {30, 22, 9, 9, 44, 16, 44};
    private static final String[] FOLLOW_UP_FORMATS = {null, null, XlsxStyles.POINTS, XlsxStyles.POINTS, null, null, null};
    private static final int[] WIDTHS = {5, 10, 10, 18, 28, 7, 22, 36, 9, 12, 14, 8, 12, 18, 14, 8, 11, 18, 26};
    private static final String DATE = "yyyy\"年\"m\"月\"d\"日\"";
    /** Rows after the last gap that still offer the lists, for rows a unit adds. */
    private static final int SPARE_ROWS = 50;
    private static final int HEADER_ROW = 2;
    private static final String POINTS = XlsxStyles.POINTS;
    private static final String[] SCORE = {"编号", "评分项", "状态", "得分", "满分", "说明"};
    private static final int[] SCORE_WIDTHS = {16, 44, 12, 8, 8, 60};
    private static final String[] ADJUSTMENTS = {"类型", "对象", "原值", "新值", "理由", "时间"};
    private static final int[] ADJUSTMENT_WIDTHS = {10, 30, 24, 24, 44, 20};
    private static final String[] CATEGORIES = {"类别", "得分", "可评分值"};
    private static final String[] CATEGORY_FORMATS = {null, POINTS, POINTS};
    private static final String[] SCORE_FORMATS = {null, null, null, POINTS, POINTS, null};
    private static final String HEADER_FILL = "D9D9D9";

    public void write(Scorecard card, Map<String, String> categoryTitles, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "fazhi-assess", "1.0");
        wb.setCompressionLevel(1);
        ledger(wb.newWorksheet(SHEET), card, categoryTitles);
        if (card.followUp() != null) {
            followUp(wb.newWorksheet(FOLLOW_UP), card.followUp());
        }
        score(wb.newWorksheet("得分"), card);
        if (!card.review().isEmpty()) {
            review(wb.newWorksheet("更正记录"), card.review());
        }
        wb.finish();
    }

    /** The ledger's title: the unit, its report's year; a reader takes the unit and year back from it. */
    public static String title(Scorecard card) {
        return ScorecardText.unitName(card.unit()) + (card.year() == null ? "" : card.year() + "年度") + "法治政府建设考评整改台账";
    }

    private static void ledger(Worksheet sheet, Scorecard card, Map<String, String> categories) {
        boolean followUp = card.followUp() != null;
        List<String> columns = new ArrayList<>(COLUMNS);
        int[] widths = Arrays.copyOf(WIDTHS, COLUMNS.size() + 1);
        if (followUp) {
            columns.add(FOLLOW_UP);
            widths[COLUMNS.size()] = 22;
        }
        // not merged across: fastexcel keeps merged ranges in a hash set, whose order would change the file from run to run
        sheet.value(0, 0, title(card));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, "单位层级：" + ScorecardText.levelLine(card) + "　考评日期：" + card.assessedOn() + "　总分："
                + Numbers.format(card.total()) + "（" + ScorecardText.grade(card.grade(), card.veto()) + "）　考评细则：" + card.checklist()
                + "　责任人、整改进展、佐证材料、销号状态与销号日期由被考评单位填写");
        header(sheet, HEADER_ROW, columns.toArray(String[]::new), widths);
        sheet.freezePane(0, HEADER_ROW + 1);
        sheet.repeatRows(HEADER_ROW);
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        String source = "年度报告考评" + (card.year() == null ? "" : "（" + card.year() + "年度）");
        LocalDate due = LocalDate.parse(card.assessedOn());
        int r = HEADER_ROW + 1;
        int n = 1;
        for (Finding f : ScorecardText.rankedGaps(card)) {
            Remedy remedy = f.remedy();
            String[] text = new String[columns.size()];
            text[1] = source;
            text[2] = f.category() + " " + categories.getOrDefault(f.category(), "");
            text[3] = f.criterion() + " " + f.title();
            text[4] = f.problem();
            text[6] = nz(remedy.target());
            text[7] = nz(remedy.measures());
            text[8] = remedy.type().zh();
            text[9] = nz(remedy.lead());
            text[10] = remedy.supportText();
            text[15] = CLOSED.get(0);
            text[17] = nz(f.basis());
            text[18] = ScorecardText.evidenceLine(f);
            if (followUp) {
                text[19] = ScorecardText.followUpLabel(card, f.criterion());
            }
            for (int c = 0; c < text.length; c++) {
                if (text[c] != null) {
                    sheet.value(r, c, text[c]);
                }
            }
            sheet.value(r, 0, n++);
            sheet.value(r, 5, f.pointsLost());
            sheet.value(r, 12, due.plusDays(remedy.days()));
            sheet.rowHeight(r, RowHeights.of(text, widths));
            r++;
        }
        body(sheet, HEADER_ROW + 1, r - 1, followUp ? Arrays.copyOf(FORMATS, COLUMNS.size() + 1) : FORMATS);
        int spare = r - 1 + SPARE_ROWS;
        list(sheet, 8, spare, Arrays.stream(RemedyType.values()).map(RemedyType::zh).toList());
        list(sheet, 15, spare, CLOSED);
    }

    private static void followUp(Worksheet sheet, FollowUp f) {
        sheet.value(0, 0, ScorecardText.followUpSummary(f) + "（上年结果：" + f.source() + "）");
        header(sheet, 1, FOLLOW_UP_COLUMNS, FOLLOW_UP_WIDTHS);
        sheet.freezePane(0, 2);
        int r = 2;
        for (FollowUp.Item i : f.items()) {
            sheet.value(r, 0, i.criterion() + " " + i.title());
            sheet.value(r, 1, i.label());
            sheet.value(r, 2, i.lostBefore());
            sheet.value(r, 3, i.lostNow());
            sheet.value(r, 4, i.unitSaid());
            sheet.value(r, 5, i.closedByUnit() ? "已销号" + (i.closedOn().isBlank() ? "" : "（" + i.closedOn() + "）") : "");
            sheet.value(r, 6, i.quote());
            r++;
        }
        body(sheet, 2, r - 1, FOLLOW_UP_FORMATS);
    }

    private static final String[] FORMATS = formats();

    private static String[] formats() {
        String[] f = new String[COLUMNS.size()];
        f[0] = XlsxStyles.WHOLE;
        f[5] = POINTS;
        f[12] = DATE;
        f[16] = DATE;
        return f;
    }

    /** A drop-down of {@code choices} on the column, for the rows written and some more. */
    private static void list(Worksheet sheet, int column, int lastRow, List<String> choices) {
        sheet.range(HEADER_ROW + 1, column, lastRow, column)
                .validateWithListByFormula("\"" + String.join(",", choices) + "\"")
                .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true).errorTitle(COLUMNS.get(column))
                .error("请从下拉列表中选择：" + String.join("、", choices));
    }

    private static void score(Worksheet sheet, Scorecard card) {
        int r = 0;
        r = pair(sheet, r, "单位", ScorecardText.unitName(card.unit()) + (card.year() == null ? "" : "（" + card.year() + "年度）"));
        r = pair(sheet, r, "单位层级", ScorecardText.levelLine(card));
        r = pair(sheet, r, "总分", card.total());
        r = pair(sheet, r, "等次", ScorecardText.grade(card.grade(), card.veto()));
        r = pair(sheet, r, "得分", card.rawPoints());
        r = pair(sheet, r, "可评分值", card.maxPoints());
        r = pair(sheet, r, "附加分", card.bonusPoints());
        r = pair(sheet, r, "扣分项", -card.deductedPoints());
        r = pair(sheet, r, "待人工核查分值", card.manualPoints());
        if (card.selfTotal() != null) {
            r = pair(sheet, r, "单位自评分", card.selfTotal());
            r = pair(sheet, r, "评估得分与自评分之差", Numbers.round2(card.total() - card.selfTotal()));
        }
        pairs(sheet, 0, r - 1);
        r++;
        titles(sheet, r++, CATEGORIES);
        int categories = r;
        for (CategoryScore c : ScorecardText.listedCategories(card)) {
            sheet.value(r, 0, c.id() + " " + c.title());
            sheet.value(r, 1, c.points());
            sheet.value(r, 2, c.max());
            r++;
        }
        body(sheet, categories, r - 1, CATEGORY_FORMATS);
        r++;
        header(sheet, r++, SCORE, SCORE_WIDTHS);
        int first = r;
        for (Finding f : ScorecardText.listed(card)) {
            sheet.value(r, 0, f.criterion());
            sheet.value(r, 1, f.title());
            sheet.value(r, 2, f.status().zh());
            sheet.value(r, 3, f.points());
            sheet.value(r, 4, f.max());
            sheet.value(r, 5, nz(f.gap()));
            r++;
        }
        body(sheet, first, r - 1, SCORE_FORMATS);
    }

    private static void review(Worksheet sheet, List<ReviewEntry> made) {
        header(sheet, 0, ADJUSTMENTS, ADJUSTMENT_WIDTHS);
        int r = 1;
        for (ReviewEntry a : made) {
            sheet.value(r, 0, a.kind().zh());
            sheet.value(r, 1, a.target());
            sheet.value(r, 2, a.before());
            sheet.value(r, 3, a.after());
            sheet.value(r, 4, a.reason());
            sheet.value(r, 5, a.at());
            r++;
        }
        body(sheet, 1, r - 1, new String[ADJUSTMENTS.length]);
    }

    private static int pair(Worksheet sheet, int r, String name, String value) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, value);
        return r + 1;
    }

    private static int pair(Worksheet sheet, int r, String name, double points) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, points);
        sheet.style(r, 1).format(POINTS).set();
        return r + 1;
    }

    /** Styles rows of name–value pairs: the names as headers, both columns as body (a number keeps its format). */
    private static void pairs(Worksheet sheet, int top, int bottom) {
        headerStyle(sheet, top, bottom, 1);
        sheet.range(top, 0, bottom, 1).style().wrapText(true).verticalAlignment("top").borderStyle(BorderStyle.THIN).set();
    }

    private static void header(Worksheet sheet, int r, String[] titles, int[] widths) {
        titles(sheet, r, titles);
        for (int c = 0; c < titles.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    private static void titles(Worksheet sheet, int r, String[] titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(r, c, titles[c]);
        }
        headerStyle(sheet, r, r, titles.length);
    }

    // Styles are set per block of cells, not per cell: a style set costs more than writing the cell.
    private static void headerStyle(Worksheet sheet, int top, int bottom, int columns) {
        sheet.range(top, 0, bottom, columns - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top")
                .borderStyle(BorderStyle.THIN).set();
    }

    /** Body rows, column by column: {@code formats[c]} is column c's number format, null for text. */
    private static void body(Worksheet sheet, int top, int bottom, String[] formats) {
        if (bottom < top) {
            return;
        }
        int from = 0;
        for (int c = 1; c <= formats.length; c++) {
            if (c == formats.length || !Objects.equals(formats[c], formats[from])) {
                StyleSetter style = sheet.range(top, from, bottom, c - 1).style().wrapText(true)
                        .verticalAlignment("top").borderStyle(BorderStyle.THIN);
                (formats[from] == null ? style : style.format(formats[from])).set();
                from = c;
            }
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Category id → title, for the 指标类别 column. */
    public static Map<String, String> titles(List<CategoryScore> categories) {
        return categories.stream().collect(Collectors.toMap(CategoryScore::id, CategoryScore::title));
    }
}
