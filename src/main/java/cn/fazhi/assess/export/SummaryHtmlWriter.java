package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.fazhi.assess.export.HtmlScorecardWriter.esc;

/**
 * summary.html: one self-contained page (no scripts, no network) with the ranking, the score
 * distribution and the most common gaps drawn as inline SVG. Every string from a report is escaped.
 */
public final class SummaryHtmlWriter {
    private static final int TOP_GAPS = 10;

    /** Streams the page: the ranking table of a batch of 10^5 units is written row by row. */
    public void write(Ranking ranking, OutputStream out) throws IOException {
        Writer page = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>法治政府建设年度报告考评排名</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}")
                .append("th{background:#f4f4f4}td.n{text-align:right}svg{max-width:100%;height:auto}h2{margin-top:2rem}\n")
                .append("</style>\n</head>\n<body>\n<h1>法治政府建设年度报告考评排名</h1>\n<p>考评细则：").append(esc(ranking.checklist()))
                .append("　已评分 ").append(ranking.units().size()).append(" 个单位，未能评分 ").append(ranking.failures().size())
                .append(" 个文件。</p>\n");
        h.append("<h2>得分分布</h2>\n").append(histogram(ranking.units()));
        h.append("<h2>最常见的失分项</h2>\n").append(gapBars(ranking.commonGaps()));
        table(h, ranking.units(), page);
        if (!ranking.failures().isEmpty()) {
            h.append("<h2>未能评分的文件</h2>\n<table><tr><th>文件</th><th>原因</th></tr>\n");
            for (FailedInput f : ranking.failures()) {
                h.append("<tr><td>").append(esc(f.source())).append("</td><td>").append(esc(f.text(Messages.ZH))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!ranking.notes().isEmpty()) {
            h.append("<h2>说明</h2>\n<ul>\n");
            ranking.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        page.append(h).append("</body>\n</html>\n").flush();
    }

    private static void table(StringBuilder h, List<Ranking.Ranked> units, Writer page) throws IOException {
        h.append("<h2>排名</h2>\n<table><tr><th>名次</th><th>单位</th><th>层级</th><th>年度</th><th>总分</th><th>等次</th>")
                .append("<th>失分项数</th><th>整改清单</th></tr>\n");
        for (Ranking.Ranked r : units) {
            UnitSummary u = r.unit();
            h.append("<tr><td class=\"n\">").append(r.rank()).append("</td><td>").append(esc(ScorecardText.unitName(u.unit()))).append("</td><td>")
                    .append(esc(Levels.zh(u.level()))).append("</td><td>").append(u.year() == null ? "" : u.year())
                    .append("</td><td class=\"n\">").append(Numbers.format(u.total())).append("</td><td>").append(esc(ScorecardText.grade(u.grade(), u.veto()))).append("</td><td class=\"n\">").append(u.gaps()).append("</td><td>")
                    .append(esc(u.workbook())).append("</td></tr>\n");
            if (h.length() > 64 * 1024) {
                page.append(h);
                h.setLength(0);
            }
        }
        h.append("</table>\n");
    }

    /** Units per 10-point band, 0–9 … 90–100. */
    public static String histogram(List<Ranking.Ranked> units) {
        int[] bins = new int[10];
        for (Ranking.Ranked r : units) {
            bins[Math.min(9, (int) (r.unit().total() / 10))]++;
        }
        int max = 1;
        for (int b : bins) {
            max = Math.max(max, b);
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"240\" role=\"img\" aria-label=\"得分分布\">\n");
        for (int i = 0; i < 10; i++) {
            int height = bins[i] * 180 / max;
            int x = 40 + i * 58;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(200 - height).append("\" width=\"50\" height=\"")
                    .append(height).append("\" fill=\"#c0504d\"><title>").append(i * 10).append("–").append(i == 9 ? 100 : i * 10 + 9)
                    .append("分：").append(bins[i]).append("个单位</title></rect>\n")
                    .append("<text x=\"").append(x + 25).append("\" y=\"").append(195 - height).append("\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(bins[i]).append("</text>\n<text x=\"").append(x + 25).append("\" y=\"220\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(i * 10).append("–").append(i == 9 ? 100 : i * 10 + 9).append("</text>\n");
        }
        return svg.append("<line x1=\"36\" y1=\"200\" x2=\"620\" y2=\"200\" stroke=\"#333\"/>\n</svg>\n").toString();
    }

    public static String gapBars(List<CommonGap> gaps) {
        List<CommonGap> top = gaps.subList(0, Math.min(TOP_GAPS, gaps.size()));
        int max = top.stream().mapToInt(CommonGap::units).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"")
                .append(20 + top.size() * 28).append("\" role=\"img\" aria-label=\"最常见的失分项\">\n");
        for (int i = 0; i < top.size(); i++) {
            CommonGap g = top.get(i);
            int y = 10 + i * 28;
            int width = g.units() * 260 / max;
            String label = g.criterion() + " " + (g.title().length() > 24 ? g.title().substring(0, 24) + "…" : g.title());
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(label)).append("</text>\n")
                    .append("<rect x=\"400\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"20\" fill=\"#4f81bd\"/>\n")
                    .append("<text x=\"").append(405 + width).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(g.units()).append("个单位，失").append(Numbers.format(g.pointsLost())).append("分</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }
}
