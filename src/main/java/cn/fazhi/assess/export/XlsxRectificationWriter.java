package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One unit's 整改清单 workbook: sheet 整改清单 (one row per lost point, veto or data doubt, most points lost
 * first) and sheet 得分 (the scorecard). Column widths, wrapping and a frozen header, for Excel and WPS; numbers
 * are numbers (序号 "0", points "0.00"), so that they sort and add up.
 * Written with fastexcel, which streams the sheet XML: a batch writes one such workbook per unit, and
 * POI spent about ten times the CPU on each.
 */
public final class XlsxRectificationWriter {
    private static final String POINTS = XlsxStyles.POINTS;
    static final String[] LIST = {"序号", "指标类别", "评分项", "存在问题", "整改措施", "责任单位", "整改时限", "依据", "报告原文"};
    private static final int[] LIST_WIDTHS = {6, 16, 30, 44, 44, 22, 16, 30, 40};
    private static final String[] SCORE = {"编号", "评分项", "状态", "得分", "满分", "说明"};
    private static final int[] SCORE_WIDTHS = {16, 44, 12, 8, 8, 60};
    private static final String[] ADJUSTMENTS = {"类型", "对象", "原值", "新值", "理由", "时间"};
    private static final int[] ADJUSTMENT_WIDTHS = {10, 30, 24, 24, 44, 20};
    private static final String[] LIST_FORMATS = {XlsxStyles.WHOLE, null, null, null, null, null, null, null, null};
    private static final String[] CATEGORIES = {"类别", "得分", "可评分值"};
    private static final String[] CATEGORY_FORMATS = {null, POINTS, POINTS};
    private static final String[] SCORE_FORMATS = {null, null, null, POINTS, POINTS, null};
    private static final String HEADER_FILL = "D9D9D9";

    public void write(Scorecard card, Map<String, String> categoryTitles, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "fazhi-assess", "1.0");
        wb.setCompressionLevel(1);
        rectifications(wb.newWorksheet("整改清单"), card, categoryTitles);
        score(wb.newWorksheet("得分"), card);
        if (!card.review().isEmpty()) {
            review(wb.newWorksheet("更正记录"), card.review());
        }
        wb.finish();
    }

    private static void rectifications(Worksheet sheet, Scorecard card, Map<String, String> categories) {
        header(sheet, 0, LIST, LIST_WIDTHS);
        sheet.freezePane(0, 1);
        int n = 1;
        for (Finding f : ScorecardText.rankedGaps(card)) {
            sheet.value(n, 0, n);
            sheet.value(n, 1, f.category() + " " + categories.getOrDefault(f.category(), ""));
            sheet.value(n, 2, f.criterion() + " " + f.title());
            sheet.value(n, 3, "【" + f.status().zh() + "，" + ScorecardText.lost(f) + "】" + f.gap());
            sheet.value(n, 4, nz(f.suggestion()));
            sheet.value(n, 5, nz(f.owner()));
            sheet.value(n, 6, nz(f.deadline()));
            sheet.value(n, 7, nz(f.basis()));
            sheet.value(n, 8, ScorecardText.evidenceLine(f));
            n++;
        }
        body(sheet, 1, n - 1, LIST_FORMATS);
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
        r = pair(sheet, r, "待人工核查分值", card.manualPoints());
        pairs(sheet, 0, r - 1);
        r++;
        titles(sheet, r++, CATEGORIES);
        int categories = r;
        for (CategoryScore c : card.categories()) {
            sheet.value(r, 0, c.id() + " " + c.title());
            sheet.value(r, 1, c.points());
            sheet.value(r, 2, c.max());
            r++;
        }
        body(sheet, categories, r - 1, CATEGORY_FORMATS);
        r++;
        header(sheet, r++, SCORE, SCORE_WIDTHS);
        int first = r;
        for (Finding f : card.findings()) {
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
