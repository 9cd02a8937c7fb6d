package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Outcome;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.fazhi.assess.export.HtmlScorecardWriter.esc;

/**
 * summary.html: one self-contained page (no scripts, no network) with the ranking, the score
 * distribution and the most common gaps drawn as inline SVG. Every string from a report is escaped.
 */
public final class SummaryHtmlWriter {

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
        followUps(h, ranking.units());
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

    /** How last year's gaps of all units ended, as bars: shown only when last year's results were given. */
    private static void followUps(StringBuilder h, List<Ranking.Ranked> units) {
        Map<Outcome, Long> total = new EnumMap<>(Outcome.class);
        units.stream().map(r -> r.unit().followUp()).filter(f -> f != null)
                .forEach(f -> f.outcomes().forEach((o, n) -> total.merge(o, n, Long::sum)));
        if (total.isEmpty()) {
            return;
        }
        long max = total.values().stream().mapToLong(Long::longValue).max().orElse(1);
        h.append("<h2>上年问题整改情况</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"")
                .append(20 + total.size() * 28).append("\" role=\"img\" aria-label=\"上年问题整改情况\">\n");
        int y = 10;
        for (Map.Entry<Outcome, Long> e : total.entrySet()) {
            long width = e.getValue() * 400 / max;
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(e.getKey().zh()).append("</text>\n")
                    .append("<rect x=\"120\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"20\" fill=\"#9bbb59\"/>\n")
                    .append("<text x=\"").append(125 + width).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(e.getValue()).append("项</text>\n");
            y += 28;
        }
        h.append("</svg>\n");
    }

    private static void table(StringBuilder h, List<Ranking.Ranked> units, Writer page) throws IOException {
        boolean followedUp = units.stream().anyMatch(r -> r.unit().followUp() != null);
        boolean selfScored = units.stream().anyMatch(r -> r.unit().selfTotal() != null);
        int columns = 8 + (followedUp ? 1 : 0) + (selfScored ? 2 : 0);
        h.append("<h2>排名</h2>\n<table><tr><th>名次</th><th>单位</th><th>层级</th><th>年度</th><th>总分</th><th>等次</th>")
                .append("<th>失分项数</th>").append(followedUp ? "<th>上年问题整改率</th>" : "")
                .append(selfScored ? "<th>自评分</th><th>与自评分之差</th>" : "").append("<th>整改台账</th></tr>\n");
        String level = units.isEmpty() ? null : units.get(0).unit().level();
        boolean mixed = units.stream().anyMatch(r -> !r.unit().level().equals(units.get(0).unit().level()));
        for (Ranking.Ranked r : units) {
            UnitSummary u = r.unit();
            if (mixed && (r == units.get(0) || !u.level().equals(level))) {
                level = u.level();
                h.append("<tr class=\"group\"><th colspan=\"" + columns + "\">").append(esc(Levels.zh(level))).append("（分组排名）</th></tr>\n");
            }
            h.append("<tr><td class=\"n\">").append(r.rank()).append("</td><td>").append(esc(ScorecardText.unitName(u.unit()))).append("</td><td>")
                    .append(esc(Levels.zh(u.level()))).append("</td><td>").append(u.year() == null ? "" : u.year())
                    .append("</td><td class=\"n\">").append(Numbers.format(u.total())).append("</td><td>").append(esc(ScorecardText.grade(u.grade(), u.veto()))).append("</td><td class=\"n\">").append(u.gaps()).append("</td>");
            if (followedUp) {
                h.append("<td class=\"n\">").append(u.followUp() == null ? "" : Numbers.format(Numbers.round2(u.followUp().rate() * 100)) + "%").append("</td>");
            }
            if (selfScored) {
                h.append("<td class=\"n\">").append(u.selfTotal() == null ? "" : Numbers.format(u.selfTotal())).append("</td><td class=\"n\">")
                        .append(u.selfDifference() == null ? "" : Numbers.format(u.selfDifference())).append("</td>");
            }
            h.append("<td>").append(esc(u.workbook())).append("</td></tr>\n");
            if (h.length() > 64 * 1024) {
                page.append(h);
                h.setLength(0);
            }
        }
        h.append("</table>\n");
    }

    /** Units per 10-point band, 0–9 … 90–100. */
    public static String histogram(List<Ranking.Ranked> units) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"240\" role=\"img\" aria-label=\"得分分布\">\n");
        for (Charts.Bin b : Charts.histogram(units)) {
            svg.append("<rect x=\"").append(b.x()).append("\" y=\"").append(b.y()).append("\" width=\"50\" height=\"")
                    .append(b.height()).append("\" fill=\"#c0504d\"><title>").append(b.tip()).append("</title></rect>\n")
                    .append("<text x=\"").append(b.middle()).append("\" y=\"").append(b.y() - 5).append("\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(b.units()).append("</text>\n<text x=\"").append(b.middle()).append("\" y=\"220\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(b.label()).append("</text>\n");
        }
        return svg.append("<line x1=\"36\" y1=\"200\" x2=\"620\" y2=\"200\" stroke=\"#333\"/>\n</svg>\n").toString();
    }

    public static String gapBars(List<CommonGap> gaps) {
        List<Charts.Bar> bars = Charts.gapBars(gaps);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"")
                .append(Charts.gapHeight(bars)).append("\" role=\"img\" aria-label=\"最常见的失分项\">\n");
        for (Charts.Bar b : bars) {
            svg.append("<text x=\"0\" y=\"").append(b.y() + 15).append("\" font-size=\"12\">").append(esc(b.label())).append("</text>\n")
                    .append("<rect x=\"400\" y=\"").append(b.y()).append("\" width=\"").append(b.width()).append("\" height=\"20\" fill=\"#4f81bd\"/>\n")
                    .append("<text x=\"").append(405 + b.width()).append("\" y=\"").append(b.y() + 15).append("\" font-size=\"12\">")
                    .append(b.text()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }
}
