package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.export.SummaryHtmlWriter;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

import static cn.fazhi.assess.web.Html.esc;

/** One assessment: the upload zone, the ranking of its units, the charts and the files not scored. */
final class AssessmentPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private AssessmentPage() {
    }

    /** {@code reports}: every file of the assessment, for the ones not scored and the ones removed. */
    static String render(Store.Assessment a, Ranking ranking, List<Store.Report> reports, long maxUploadMb, Collection<String> levels) {
        StringBuilder h = new StringBuilder();
        h.append("<nav class=\"crumbs\"><a href=\"/\">考评批次</a> › ").append(esc(a.name())).append("</nav>\n")
                .append("<h1>").append(esc(a.name())).append("</h1>\n<p class=\"hint\">年度：")
                .append(a.year() == null ? "按报告" : a.year()).append("　单位层级：").append(HomePage.levelName(a.level()))
                .append("　考评细则：").append(esc(a.checklist())).append("</p>\n");
        levelForm(h, a, levels);
        h.append("<section id=\"drop\" class=\"drop\" data-upload=\"/assessments/").append(a.id()).append("/reports\" data-max-mb=\"")
                .append(maxUploadMb).append("\">\n<p>把各单位的年度报告拖到这里，或 <label class=\"button\">选择文件")
                .append("<input type=\"file\" id=\"files\" multiple accept=\".txt,.docx,.pdf,.html,.htm\"></label></p>\n")
                .append("<p class=\"hint\">支持 .txt .docx .pdf .html（网页另存），每个文件不超过").append(maxUploadMb)
                .append("MB；可一次选择多个文件。</p>\n<ul id=\"uploads\"></ul>\n</section>\n");
        units(h, a, ranking);
        failures(h, reports);
        removed(h, reports);
        return h.toString();
    }

    /** Takes the file out of the ranking, with a reason; it stays on record and can be restored. */
    static String removeForm(Store.Report r) {
        return "<form method=\"post\" action=\"/reports/" + r.id() + "/remove\" class=\"remove\">" + Html.CSRF_FIELD
                + "<label>移除理由 <input name=\"reason\" required maxlength=\"2000\" placeholder=\"例如：重复上传，以后一份为准\"></label> "
                + "<button type=\"submit\">移除</button></form>";
    }

    private static void removed(StringBuilder h, List<Store.Report> reports) {
        List<Store.Report> removed = reports.stream().filter(Store.Report::removed).toList();
        if (removed.isEmpty()) {
            return;
        }
        h.append("<h2>已移除的文件（").append(removed.size()).append("个）</h2>\n<table id=\"removed\"><tr><th>文件</th><th>单位</th>")
                .append("<th>移除时间</th><th>理由</th><th></th></tr>\n");
        for (Store.Report r : removed) {
            h.append("<tr><td>").append(esc(r.fileName())).append("</td><td>").append(esc(r.unit() == null ? "" : r.unit()))
                    .append("</td><td>").append(esc(TIME.format(r.removedAt()))).append("</td><td>").append(esc(r.removedReason()))
                    .append("</td><td><form method=\"post\" action=\"/reports/").append(r.id()).append("/restore\">")
                    .append(Html.CSRF_FIELD).append("<button type=\"submit\">恢复</button></form></td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The level every report is scored at: fixes reports whose level could not be recognised. */
    private static void levelForm(StringBuilder h, Store.Assessment a, Collection<String> levels) {
        h.append("<details class=\"level\"><summary>更改单位层级</summary>\n<form method=\"post\" action=\"/assessments/")
                .append(a.id()).append("/level\" id=\"level-form\">").append(Html.CSRF_FIELD).append("<label>单位层级 <select name=\"level\"><option value=\"\">按报告自动识别</option>");
        for (String level : levels) {
            h.append("<option value=\"").append(esc(level)).append("\"").append(level.equals(a.level()) ? " selected" : "").append(">")
                    .append(esc(Levels.zh(level))).append("</option>");
        }
        h.append("</select></label> <button type=\"submit\">保存并重新评分</button>\n<span class=\"hint\">本批次全部报告按所选层级重新评分，")
                .append("已有的更正与核定保留。</span></form></details>\n");
    }

    private static void units(StringBuilder h, Store.Assessment a, Ranking ranking) {
        h.append("<h2>单位排名（").append(ranking.units().size()).append("个单位）</h2>\n");
        if (ranking.units().isEmpty()) {
            h.append("<p class=\"hint\">还没有已评分的单位。</p>\n");
            return;
        }
        h.append("<p><a class=\"button\" id=\"download-ranking\" href=\"/assessments/").append(a.id())
                .append("/ranking.xlsx\">下载排名.xlsx</a></p>\n");
        ranking.notes().forEach(n -> h.append("<p class=\"flash warn\">").append(esc(n)).append("</p>\n"));
        h.append("<table id=\"ranking\" class=\"sortable\"><thead><tr><th data-type=\"n\">名次</th><th>单位</th><th>层级</th>")
                .append("<th data-type=\"n\">年度</th><th data-type=\"n\">总分</th><th>等次</th><th data-type=\"n\">失分项</th>")
                .append("<th>文件</th></tr></thead>\n<tbody>\n");
        for (Ranking.Ranked r : ranking.units()) {
            UnitSummary u = r.unit();
            h.append("<tr><td class=\"n\">").append(r.rank()).append("</td><td><a href=\"").append(esc(u.workbook()))
                    .append("\">").append(u.unit() == null ? "（未识别单位名称）" : esc(u.unit())).append("</a></td><td>").append(esc(Levels.zh(u.level())))
                    .append("</td><td class=\"n").append(a.year() != null && u.year() != null && !a.year().equals(u.year())
                            ? " mismatch\" title=\"与本批次年度不符" : "").append("\">").append(u.year() == null ? "" : u.year())
                    .append("</td><td class=\"n total\">")
                    .append(Numbers.format(u.total())).append("</td><td>").append(esc(u.grade())).append(u.veto() ? "（一票否决）" : "")
                    .append("</td><td class=\"n\">").append(u.gaps()).append("</td><td>").append(esc(u.source())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<div class=\"charts\">\n<figure><figcaption>得分分布（单位数）</figcaption>\n")
                .append(SummaryHtmlWriter.histogram(ranking.units())).append("</figure>\n");
        if (!ranking.commonGaps().isEmpty()) {
            h.append("<figure><figcaption>最常见的失分项</figcaption>\n").append(SummaryHtmlWriter.gapBars(ranking.commonGaps()))
                    .append("</figure>\n");
        }
        h.append("</div>\n");
    }

    private static void failures(StringBuilder h, List<Store.Report> reports) {
        List<Store.Report> failed = reports.stream().filter(r -> !r.scored() && !r.removed()).toList();
        if (failed.isEmpty()) {
            return;
        }
        h.append("<h2>未评分文件（").append(failed.size()).append("个）</h2>\n<table id=\"failures\"><tr><th>文件</th>")
                .append("<th>原因</th><th></th></tr>\n");
        for (Store.Report r : failed) {
            h.append("<tr><td>").append(esc(r.fileName())).append("</td><td>").append(esc(r.error())).append("</td><td>")
                    .append(removeForm(r)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
