package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * 排名.xlsx: sheet 排名 (one row per unit, its 整改台账 a link), 常见问题 (the gaps units share), and 未评分文件 when
 * any failed.
 */
public final class XlsxRankingWriter {

    public void write(Ranking ranking, List<CategoryScore> categoryHeads, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            ranking(wb.createSheet("排名"), styles, ranking, categoryHeads);
            commonGaps(wb.createSheet("常见问题"), styles, ranking);
            if (!ranking.failures().isEmpty()) {
                failures(wb.createSheet("未评分文件"), styles, ranking.failures());
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void ranking(Sheet sheet, XlsxStyles styles, Ranking ranking, List<CategoryScore> heads) {
        List<String> titles = new ArrayList<>(List.of("名次", "单位", "层级", "年度", "总分", "等次"));
        heads.forEach(c -> titles.add(c.id() + " " + c.title()));
        boolean followedUp = ranking.units().stream().anyMatch(r -> r.unit().followUp() != null);
        titles.add("失分项数");
        if (followedUp) {
            titles.add("上年问题整改率");
        }
        titles.addAll(List.of("来源文件", "整改台账"));
        int[] widths = new int[titles.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 1 ? 20 : i < 6 ? 8 : i < 6 + heads.size() ? 12 : 30;
        }
        styles.header(sheet, titles.toArray(String[]::new), widths);
        int r = 1;
        for (Ranking.Ranked ranked : ranking.units()) {
            UnitSummary u = ranked.unit();
            Row row = sheet.createRow(r++);
            int c = 0;
            styles.whole(row, c++, ranked.rank());
            styles.text(row, c++, ScorecardText.unitName(u.unit()));
            styles.text(row, c++, Levels.zh(u.level()));
            styles.whole(row, c++, u.year());
            styles.points(row, c++, u.total());
            styles.text(row, c++, ScorecardText.grade(u.grade(), u.veto()));
            for (CategoryScore head : heads) {
                double points = u.categories().stream().filter(x -> x.id().equals(head.id()))
                        .mapToDouble(CategoryScore::points).sum();
                styles.points(row, c++, points);
            }
            styles.whole(row, c++, u.gaps());
            if (followedUp) {
                if (u.followUp() == null) {
                    styles.text(row, c++, "");
                } else {
                    styles.share(row, c++, u.followUp().rate());
                }
            }
            styles.text(row, c++, u.source());
            styles.link(row, c, u.workbook());
        }
    }

    private static void commonGaps(Sheet sheet, XlsxStyles styles, Ranking ranking) {
        styles.header(sheet, new String[]{"评分项", "涉及单位数", "累计失分", "占已评分单位比例"}, new int[]{50, 12, 12, 16});
        int r = 1;
        int total = Math.max(1, ranking.units().size());
        for (CommonGap g : ranking.commonGaps()) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, g.criterion() + " " + g.title());
            styles.whole(row, 1, g.units());
            styles.points(row, 2, g.pointsLost());
            styles.share(row, 3, (double) g.units() / total);
        }
    }

    private static void failures(Sheet sheet, XlsxStyles styles, List<FailedInput> failures) {
        styles.header(sheet, new String[]{"文件", "原因"}, new int[]{50, 80});
        int r = 1;
        for (FailedInput f : failures) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, f.source());
            styles.text(row, 1, f.text(Messages.ZH));
        }
    }
}
