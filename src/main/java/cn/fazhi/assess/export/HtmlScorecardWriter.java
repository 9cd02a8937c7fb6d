package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scorecard as one self-contained, printable HTML page (no scripts, no network). Every string
 * is escaped: report quotes, unit names and checklist texts alike.
 */
public final class HtmlScorecardWriter implements ScorecardWriter {
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
            h1{font-size:1.5rem;border-bottom:2px solid #a00;padding-bottom:.3rem}
            h2{font-size:1.2rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
            th{background:#f4f4f4}
            td.n{text-align:right;white-space:nowrap}
            .summary td{font-size:1.1rem}
            .gap{border:1px solid #ddd;border-left:4px solid #c60;padding:.5rem 1rem;margin:.8rem 0;page-break-inside:avoid}
            .gap.veto{border-left-color:#a00}
            mark{background:#fff3a8;padding:0 .1rem}
            .s-MET{color:#070}.s-PARTIAL{color:#a60}.s-NOT_MET,.s-NOT_REPORTED{color:#a00}.s-MANUAL{color:#05a}.s-NOT_APPLICABLE{color:#777}
            code{font-size:.85em;color:#555}
            @media print{body{margin:0;max-width:none}}
            """;

    @Override
    public String write(Scorecard s) {
        return page(ScorecardText.title(s), body(s));
    }

    @Override
    public String writeAll(List<Scorecard> scorecards) {
        StringBuilder body = new StringBuilder();
        scorecards.forEach(s -> body.append("<section>").append(body(s)).append("</section>\n<hr>\n"));
        return page("法治政府建设年度报告考评结果", body.toString());
    }

    @Override
    public String extension() {
        return "html";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String body(Scorecard s) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(esc(ScorecardText.title(s))).append("</h1>\n");
        h.append("<table class=\"summary\"><tr><th>总分</th><th>等次</th><th>得分 / 可评分值</th><th>附加分</th><th>扣分项</th>")
                .append("<th>待人工核查分值</th><th>一票否决</th></tr>\n<tr><td class=\"n\">")
                .append(Numbers.format(s.total())).append("</td><td>").append(esc(ScorecardText.grade(s.grade(), s.veto()))).append("</td><td class=\"n\">")
                .append(ScorecardText.points(s.rawPoints(), s.maxPoints())).append("</td><td class=\"n\">")
                .append(Numbers.format(s.bonusPoints())).append("</td><td class=\"n\">")
                .append(Numbers.format(-s.deductedPoints())).append("</td><td class=\"n\">")
                .append(Numbers.format(s.manualPoints())).append("</td><td>").append(s.veto() ? "是" : "否")
                .append("</td></tr></table>\n");
        h.append("<p>单位层级：").append(esc(ScorecardText.levelLine(s))).append("　考评细则：").append(esc(s.checklist()))
                .append("　来源：").append(esc(s.source())).append("</p>\n");
        h.append("<p>").append(esc(ScorecardText.formula(s))).append("</p>\n");
        if (!ScorecardText.selfLine(s).isEmpty()) {
            h.append("<p class=\"self\">").append(esc(ScorecardText.selfLine(s))).append("</p>\n");
        }
        categories(h, ScorecardText.listedCategories(s));
        if (s.followUp() != null) {
            followUp(h, s.followUp());
        }
        gaps(h, ScorecardText.rankedGaps(s));
        all(h, s);
        if (!s.review().isEmpty()) {
            h.append("<h2>人工更正与核定记录</h2>\n<table><tr><th>类型</th><th>对象</th><th>原值</th><th>新值</th><th>理由</th>")
                    .append("<th>时间</th></tr>\n");
            s.review().forEach(a -> h.append("<tr><td>").append(a.kind().zh()).append("</td><td>").append(esc(a.target()))
                    .append("</td><td>").append(esc(a.before())).append("</td><td>").append(esc(a.after())).append("</td><td>")
                    .append(esc(a.reason())).append("</td><td>").append(esc(a.at())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        if (!s.warnings().isEmpty()) {
            h.append("<h2>读取提示</h2>\n<ul>\n");
            s.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.toString();
    }

    private static void categories(StringBuilder h, List<CategoryScore> categories) {
        h.append("<h2>分类得分</h2>\n<table><tr><th>类别</th><th>得分</th><th>可评分值</th></tr>\n");
        for (CategoryScore c : categories) {
            h.append("<tr><td>").append(esc(c.id() + " " + c.title())).append("</td><td class=\"n\">")
                    .append(Numbers.format(c.points())).append("</td><td class=\"n\">").append(Numbers.format(c.max()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void followUp(StringBuilder h, FollowUp f) {
        h.append("<h2>上年问题整改情况</h2>\n<p>").append(esc(ScorecardText.followUpSummary(f))).append("（上年结果：")
                .append(esc(f.source())).append("）</p>\n<table class=\"followup\"><tr><th>评分项</th><th>整改情况</th><th>上年失分</th>")
                .append("<th>本年失分</th><th>单位填报</th><th>本年报告原文</th></tr>\n");
        for (FollowUp.Item i : f.items()) {
            h.append("<tr class=\"o-").append(i.outcome().name()).append("\"><td>").append(esc(i.criterion() + " " + i.title()))
                    .append("</td><td>").append(esc(i.label())).append("</td><td class=\"n\">").append(Numbers.format(i.lostBefore()))
                    .append("</td><td class=\"n\">").append(Numbers.format(i.lostNow())).append("</td><td>").append(esc(i.unitSaid()))
                    .append(i.closedByUnit() ? esc("（单位已销号" + (i.closedOn().isBlank() ? "" : "，" + i.closedOn()) + "）") : "")
                    .append("</td><td>").append(esc(i.quote())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void gaps(StringBuilder h, List<Finding> gaps) {
        h.append("<h2>失分项及整改建议（").append(gaps.size()).append("项，按失分排序）</h2>\n");
        for (Finding f : gaps) {
            h.append("<div class=\"gap").append(f.veto() ? " veto" : "").append("\" id=\"").append(esc(f.criterion()))
                    .append("\">\n<h3>").append(esc(f.criterion() + " " + f.title())).append("（")
                    .append(esc(ScorecardText.lost(f))).append("，<span class=\"s-").append(f.status().name()).append("\">")
                    .append(f.status().zh()).append("</span>）</h3>\n<p>存在问题：").append(esc(f.problem())).append("</p>\n");
            if (!f.problem().equals(f.gap())) {
                h.append("<p>考评说明：").append(esc(f.gap())).append("</p>\n");
            }
            if (!f.remedy().target().isBlank()) {
                h.append("<p>整改目标：").append(esc(f.remedy().target())).append("</p>\n");
            }
            h.append("<p>整改措施：").append(esc(f.suggestion())).append("</p>\n<p>").append(esc(ScorecardText.remedyLine(f)))
                    .append("</p>\n<p>依据：").append(esc(f.basis())).append("</p>\n");
            if (!f.evidence().isEmpty()) {
                h.append("<p>报告原文：").append(quotes(f.evidence())).append("</p>\n");
            }
            h.append("<p><code>判定规则：").append(esc(f.rule())).append("</code></p>\n</div>\n");
        }
    }

    private static void all(StringBuilder h, Scorecard s) {
        boolean self = !s.self().byCriterion().isEmpty();
        h.append("<h2>全部评分项</h2>\n<table><tr><th>编号</th><th>评分项</th><th>状态</th><th>得分</th><th>满分</th>")
                .append(self ? "<th>自评分（差值）</th>" : "").append("<th>说明</th><th>报告原文</th></tr>\n");
        for (Finding f : ScorecardText.listed(s)) {
            h.append("<tr><td>").append(esc(f.criterion())).append("</td><td>").append(esc(f.title()))
                    .append("</td><td class=\"s-").append(f.status().name()).append("\">").append(f.status().zh())
                    .append("</td><td class=\"n\">").append(Numbers.format(f.points())).append("</td><td class=\"n\">")
                    .append(Numbers.format(f.max())).append("</td>").append(self ? "<td class=\"n\">" + esc(ScorecardText.selfCell(s, f)) + "</td>" : "")
                    .append("<td>").append(esc(f.gap())).append("</td><td>")
                    .append(quotes(f.evidence())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!ScorecardText.otherProfileNote(s).isEmpty()) {
            h.append("<p class=\"note\">").append(esc(ScorecardText.otherProfileNote(s))).append("</p>\n");
        }
    }


    private static String quotes(List<Evidence> evidence) {
        StringBuilder q = new StringBuilder();
        Set<String> shown = new HashSet<>();
        for (Evidence e : evidence) {
            if (e.corrected() != null) {
                q.append(q.isEmpty() ? "" : "；").append("<ins title=\"").append(esc(e.key())).append("\">")
                        .append(esc(ScorecardText.corrected(e))).append("</ins>");
                if (!e.corrected().originalQuote().isBlank()) {
                    q.append(" <del title=\"报告原文，已由评估人员更正\">").append(esc(e.corrected().originalQuote())).append("</del>");
                }
                continue;
            }
            if (!shown.add(e.quote())) {
                continue; // 三项制度 as a whole: one quote for three facts
            }
            q.append(q.isEmpty() ? "" : "；").append("<mark title=\"").append(esc(e.key())).append("\">")
                    .append(esc(e.quote())).append("</mark>");
        }
        return q.toString();
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
