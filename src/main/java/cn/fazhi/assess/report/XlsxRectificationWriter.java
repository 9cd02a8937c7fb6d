package cn.fazhi.assess.report;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One unit's 整改清单 workbook: sheet 整改清单 (one row per lost point, veto or data doubt, most points lost
 * first) and sheet 得分 (the scorecard). Column widths, wrapping and a frozen header, for Excel and WPS.
 */
public final class XlsxRectificationWriter {
    static final String[] LIST = {"序号", "指标类别", "评分项", "存在问题", "整改措施", "责任单位", "整改时限", "依据", "报告原文"};
    private static final int[] LIST_WIDTHS = {6, 16, 30, 44, 44, 22, 16, 30, 40};
    private static final String[] SCORE = {"编号", "评分项", "状态", "得分", "满分", "说明"};
    private static final int[] SCORE_WIDTHS = {8, 44, 12, 8, 8, 60};

    public void write(Scorecard card, Map<String, String> categoryTitles, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            rectifications(wb.createSheet("整改清单"), styles, card, categoryTitles);
            score(wb.createSheet("得分"), styles, card);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void rectifications(Sheet sheet, XlsxStyles styles, Scorecard card, Map<String, String> categories) {
        styles.header(sheet, LIST, LIST_WIDTHS);
        int n = 1;
        for (Finding f : ScorecardText.rankedGaps(card)) {
            Row row = sheet.createRow(n);
            styles.number(row, 0, n++);
            styles.text(row, 1, f.category() + " " + categories.getOrDefault(f.category(), ""));
            styles.text(row, 2, f.criterion() + " " + f.title());
            styles.text(row, 3, "【" + f.status().zh() + "，" + ScorecardText.lost(f) + "】" + f.gap());
            styles.text(row, 4, f.suggestion());
            styles.text(row, 5, f.owner());
            styles.text(row, 6, f.deadline());
            styles.text(row, 7, f.basis());
            styles.text(row, 8, ScorecardText.evidenceLine(f));
        }
    }

    private static void score(Sheet sheet, XlsxStyles styles, Scorecard card) {
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        int r = 0;
        r = pair(sheet, styles, r, "单位", ScorecardText.nz(card.unit()) + (card.year() == null ? "" : "（" + card.year() + "年度）"));
        r = pair(sheet, styles, r, "单位层级", ScorecardText.levelLine(card));
        r = pair(sheet, styles, r, "总分", Numbers.format(card.total()));
        r = pair(sheet, styles, r, "等次", card.grade() + (card.veto() ? "（一票否决）" : ""));
        r = pair(sheet, styles, r, "得分 / 可评分值", ScorecardText.points(card.rawPoints(), card.maxPoints()));
        r = pair(sheet, styles, r, "附加分", Numbers.format(card.bonusPoints()));
        r = pair(sheet, styles, r, "待人工核查分值", Numbers.format(card.manualPoints()));
        r++;
        for (CategoryScore c : card.categories()) {
            r = pair(sheet, styles, r, c.id() + " " + c.title(), ScorecardText.points(c.points(), c.max()));
        }
        r++;
        Row head = sheet.createRow(r++);
        for (int c = 0; c < SCORE.length; c++) {
            head.createCell(c).setCellValue(SCORE[c]);
            head.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), SCORE_WIDTHS[c] * 256));
        }
        for (Finding f : card.findings()) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, f.criterion());
            styles.text(row, 1, f.title());
            styles.text(row, 2, f.status().zh());
            styles.number(row, 3, f.points());
            styles.number(row, 4, f.max());
            styles.text(row, 5, f.gap());
        }
    }

    private static int pair(Sheet sheet, XlsxStyles styles, int r, String name, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(name);
        row.getCell(0).setCellStyle(styles.header);
        styles.text(row, 1, value);
        return r + 1;
    }

    /** Category id → title, for the 指标类别 column. */
    public static Map<String, String> titles(List<CategoryScore> categories) {
        return categories.stream().collect(Collectors.toMap(CategoryScore::id, CategoryScore::title));
    }
}
