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
import cn.fazhi.assess.domain.Outcome;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 排名.xlsx: sheet 排名 (one row per unit, its 整改台账 a link), 常见问题 (the gaps units share), 上年整改情况 (with a bar
 * chart, when last year's results were given), and 未评分文件 when any failed.
 */
public final class XlsxRankingWriter {

    public void write(Ranking ranking, List<CategoryScore> categoryHeads, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            XlsxStyles styles = new XlsxStyles(wb);
            ranking(wb.createSheet("排名"), styles, ranking, categoryHeads);
            commonGaps(wb.createSheet("常见问题"), styles, ranking);
            followUps(wb, styles, ranking);
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
        boolean selfScored = ranking.units().stream().anyMatch(r -> r.unit().selfTotal() != null);
        titles.add("失分项数");
        if (followedUp) {
            titles.add("上年问题整改率");
        }
        if (selfScored) {
            titles.addAll(List.of("自评分", "评估得分与自评分之差"));
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
            if (selfScored) {
                if (u.selfTotal() == null) {
                    styles.text(row, c++, "");
                    styles.text(row, c++, "");
                } else {
                    styles.points(row, c++, u.selfTotal());
                    styles.points(row, c++, u.selfDifference());
                }
            }
            styles.text(row, c++, u.source());
            styles.link(row, c, u.workbook());
        }
    }

    /** With last year's results: how all units' gaps of last year ended, as a table and a bar chart. */
    private static void followUps(SXSSFWorkbook wb, XlsxStyles styles, Ranking ranking) {
        Map<Outcome, Long> total = new EnumMap<>(Outcome.class);
        ranking.units().stream().map(r -> r.unit().followUp()).filter(f -> f != null)
                .forEach(f -> f.outcomes().forEach((o, n) -> total.merge(o, n, Long::sum)));
        if (total.isEmpty()) {
            return;
        }
        // a chart needs a sheet of the underlying XSSF workbook: SXSSF's streamed sheets cannot draw one (a few rows here)
        XSSFSheet sheet = wb.getXSSFWorkbook().createSheet(FOLLOW_UP);
        styles.header(sheet, new String[]{"整改情况", "问题数"}, new int[]{16, 10});
        String[] names = new String[total.size()];
        Long[] counts = new Long[total.size()];
        int r = 0;
        for (Map.Entry<Outcome, Long> e : total.entrySet()) {
            names[r] = e.getKey().zh();
            counts[r] = e.getValue();
            Row row = sheet.createRow(++r);
            styles.text(row, 0, names[r - 1]);
            styles.whole(row, 1, e.getValue().intValue());
        }
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(new XSSFClientAnchor(0, 0, 0, 0, 3, 1, 11, 18));
        chart.setTitleText("上年问题整改情况（各单位合计）");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis outcomes = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis gaps = chart.createValueAxis(AxisPosition.LEFT);
        gaps.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, outcomes, gaps);
        bars.setBarDirection(BarDirection.COL);
        String rows = "$2:$" + (r + 1);
        XDDFChartData.Series series = bars.addSeries(
                XDDFDataSourcesFactory.fromArray(names, "'" + FOLLOW_UP + "'!$A" + rows.replace(":", ":$A")),
                XDDFDataSourcesFactory.fromArray(counts, "'" + FOLLOW_UP + "'!$B" + rows.replace(":", ":$B")));
        series.setTitle("问题数", null);
        // without a fill of its own LibreOffice draws the bars in no colour at all
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) 0x9B, (byte) 0xBB, (byte) 0x59})));
        chart.plot(bars);
    }

    private static final String FOLLOW_UP = "上年整改情况";

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
