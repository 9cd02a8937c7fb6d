package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One unit's 整改清单 workbook: sheet 整改清单 (one row per lost point, veto or data doubt, most points lost
 * first) and sheet 得分 (the scorecard). Column widths, wrapping and a frozen header, for Excel and WPS.
 * Written with fastexcel, which streams the sheet XML: a batch writes one such workbook per unit, and
 * POI spent about ten times the CPU on each.
 */
public final class XlsxRectificationWriter {
    static final String[] LIST = {"序号", "指标类别", "评分项", "存在问题", "整改措施", "责任单位", "整改时限", "依据", "报告原文"};
    private static final int[] LIST_WIDTHS = {6, 16, 30, 44, 44, 22, 16, 30, 40};
    private static final String[] SCORE = {"编号", "评分项", "状态", "得分", "满分", "说明"};
    private static final int[] SCORE_WIDTHS = {16, 44, 12, 8, 8, 60};
    private static final String[] ADJUSTMENTS = {"类型", "对象", "原值", "新值", "理由", "时间"};
    private static final int[] ADJUSTMENT_WIDTHS = {10, 30, 24, 24, 44, 20};
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
        body(sheet, 1, n - 1, LIST.length);
    }

    private static void score(Worksheet sheet, Scorecard card) {
        int r = 0;
        r = pair(sheet, r, "单位", ScorecardText.nz(card.unit()) + (card.year() == null ? "" : "（" + card.year() + "年度）"));
        r = pair(sheet, r, "单位层级", ScorecardText.levelLine(card));
        r = pair(sheet, r, "总分", Numbers.format(card.total()));
        r = pair(sheet, r, "等次", ScorecardText.grade(card.grade(), card.veto()));
        r = pair(sheet, r, "得分 / 可评分值", ScorecardText.points(card.rawPoints(), card.maxPoints()));
        r = pair(sheet, r, "附加分", Numbers.format(card.bonusPoints()));
        r = pair(sheet, r, "待人工核查分值", Numbers.format(card.manualPoints()));
        pairs(sheet, 0, r - 1);
        r++;
        int categories = r;
        for (CategoryScore c : card.categories()) {
            r = pair(sheet, r, c.id() + " " + c.title(), ScorecardText.points(c.points(), c.max()));
        }
        pairs(sheet, categories, r - 1);
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
        body(sheet, first, r - 1, SCORE.length);
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
        body(sheet, 1, r - 1, ADJUSTMENTS.length);
    }

    private static int pair(Worksheet sheet, int r, String name, String value) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, value);
        return r + 1;
    }

    /** Styles rows of name–value pairs: the names as headers, both columns as body. */
    private static void pairs(Worksheet sheet, int top, int bottom) {
        if (bottom < top) {
            return;
        }
        headerStyle(sheet, top, bottom, 1);
        body(sheet, top, bottom, 2);
    }

    private static void header(Worksheet sheet, int r, String[] titles, int[] widths) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(r, c, titles[c]);
            sheet.width(c, widths[c]);
        }
        headerStyle(sheet, r, r, titles.length);
    }

    // Styles are set per block of cells, not per cell: a style set costs more than writing the cell.
    private static void headerStyle(Worksheet sheet, int top, int bottom, int columns) {
        sheet.range(top, 0, bottom, columns - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top")
                .borderStyle(BorderStyle.THIN).set();
    }

    private static void body(Worksheet sheet, int top, int bottom, int columns) {
        if (bottom < top) {
            return;
        }
        sheet.range(top, 0, bottom, columns - 1).style().wrapText(true).verticalAlignment("top")
                .borderStyle(BorderStyle.THIN).format("0.##").set();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Category id → title, for the 指标类别 column. */
    public static Map<String, String> titles(List<CategoryScore> categories) {
        return categories.stream().collect(Collectors.toMap(CategoryScore::id, CategoryScore::title));
    }
}
