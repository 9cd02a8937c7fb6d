package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.ScorecardText;

import java.util.List;

import static cn.fazhi.assess.web.Html.esc;

/**
 * One unit: its scorecard, findings by status beside the report text (a click on a finding highlights
 * the quotes it used), the facts with their correction form, 人工核定 for 需人工核查 items, and the record
 * of every change.
 */
final class UnitPage {
    private static final List<Status> ORDER = List.of(Status.NOT_MET, Status.PARTIAL, Status.NOT_REPORTED, Status.MANUAL,
            Status.MET, Status.NOT_APPLICABLE);

    private UnitPage() {
    }

    static String render(Store.Assessment a, Store.Report r, Scorecard card, ReportFacts facts, String text, Checklist checklist) {
        QuoteMarks marks = QuoteMarks.of(text == null ? "" : text, card.findings());
        StringBuilder h = new StringBuilder();
        h.append("<nav class=\"crumbs\"><a href=\"/\">考评批次</a> › <a href=\"/assessments/").append(a.id()).append("\">")
                .append(esc(a.name())).append("</a> › ").append(esc(card.unit())).append("</nav>\n");
        h.append("<h1>").append(esc(ScorecardText.title(card))).append("</h1>\n");
        String otherYear = Workbench.otherYear(a.year(), card);
        if (otherYear != null) {
            h.append("<p class=\"flash warn\" id=\"other-year\">").append(esc(otherYear)).append("</p>\n");
        }
        summary(h, card);
        h.append("<p class=\"downloads\">下载：<a class=\"button\" id=\"download-rectification\" href=\"/reports/").append(r.id())
                .append("/rectification.xlsx\">整改清单.xlsx</a> <a class=\"button\" href=\"/reports/").append(r.id())
                .append("/scorecard.html\">评分表（HTML）</a> <a class=\"button\" href=\"/reports/").append(r.id())
                .append("/scorecard.json\">评分表（JSON）</a> <a class=\"button\" href=\"/reports/").append(r.id())
                .append("/original\">原始文件</a></p>\n");
        h.append("<details class=\"remove\"><summary>从本批次移除这份报告</summary>\n").append(AssessmentPage.removeForm(r))
                .append("<p class=\"hint\">移除后不参加排名，记录保留，可在批次页面恢复（如重复上传、上传错了报告）。</p></details>\n");
        categories(h, card.categories());
        h.append("<div class=\"review\">\n<section class=\"findings\">\n<h2>评分项</h2>\n<p class=\"hint\">点击评分项，右侧报告原文中会标出它所依据的语句。</p>\n");
        for (Status s : ORDER) {
            List<Finding> group = card.findings().stream().filter(f -> f.status() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            h.append("<h3 class=\"s-").append(s.name()).append("\">").append(s.zh()).append("（").append(group.size()).append("项）</h3>\n<ul>\n");
            group.forEach(f -> finding(h, r.id(), f, marks));
            h.append("</ul>\n");
        }
        h.append("</section>\n<section class=\"text\">\n<h2>报告原文 <small>").append(esc(r.fileName())).append("</small></h2>\n")
                .append("<div id=\"report-text\" class=\"report-text\">").append(marks.html()).append("</div>\n</section>\n</div>\n");
        facts(h, r.id(), facts, checklist);
        review(h, card.review());
        return h.toString();
    }

    private static void summary(StringBuilder h, Scorecard s) {
        h.append("<table class=\"summary\"><tr><th>总分</th><th>等次</th><th>得分 / 可评分值</th><th>附加分</th><th>待人工核查分值</th>")
                .append("<th>一票否决</th></tr>\n<tr><td class=\"n\" id=\"total\">").append(Numbers.format(s.total()))
                .append("</td><td id=\"grade\">").append(esc(s.grade())).append("</td><td class=\"n\">")
                .append(ScorecardText.points(s.rawPoints(), s.maxPoints())).append("</td><td class=\"n\">")
                .append(Numbers.format(s.bonusPoints())).append("</td><td class=\"n\">").append(Numbers.format(s.manualPoints()))
                .append("</td><td>").append(s.veto() ? "是" : "否").append("</td></tr></table>\n<p class=\"hint\">单位层级：")
                .append(esc(ScorecardText.levelLine(s))).append("</p>\n");
    }

    private static void categories(StringBuilder h, List<CategoryScore> categories) {
        h.append("<details class=\"categories\"><summary>分类得分</summary>\n<table><tr><th>类别</th><th>得分</th><th>可评分值</th></tr>\n");
        for (CategoryScore c : categories) {
            h.append("<tr><td>").append(esc(c.id() + " " + c.title())).append("</td><td class=\"n\">").append(Numbers.format(c.points()))
                    .append("</td><td class=\"n\">").append(Numbers.format(c.max())).append("</td></tr>\n");
        }
        h.append("</table></details>\n");
    }

    private static void finding(StringBuilder h, long reportId, Finding f, QuoteMarks marks) {
        String ids = marks.idsOf(f);
        h.append("<li class=\"finding s-").append(f.status().name()).append("\" id=\"f-").append(esc(f.criterion()))
                .append("\" tabindex=\"0\" data-q=\"").append(ids).append("\">\n<div class=\"head\"><b>").append(esc(f.criterion()))
                .append("</b> ").append(esc(f.title())).append(" <span class=\"pts\">").append(Numbers.format(f.points())).append(" / ")
                .append(Numbers.format(f.max())).append("分</span> <span class=\"status\">").append(f.status().zh()).append("</span>");
        if (f.veto()) {
            h.append(" <span class=\"status veto\">一票否决</span>");
        }
        h.append("</div>\n");
        if (!f.gap().isBlank()) {
            h.append("<div class=\"gap\">").append(esc(f.gap())).append("</div>\n");
        }
        if (!f.evidence().isEmpty()) {
            h.append("<div class=\"quotes\">依据原文：");
            f.evidence().stream().map(Evidence::quote).filter(q -> !q.isBlank()).distinct()
                    .forEach(q -> h.append("<q>").append(esc(q)).append("</q>"));
            f.evidence().stream().filter(e -> e.corrected() != null).forEach(e -> {
                h.append("<ins class=\"corrected\">").append(esc(ScorecardText.corrected(e))).append("</ins>");
                if (!e.corrected().originalQuote().isBlank()) {
                    h.append("<del title=\"报告原文，已由评估人员更正\">").append(esc(e.corrected().originalQuote())).append("</del>");
                }
            });
            if (ids.isEmpty() && f.evidence().stream().allMatch(e -> e.corrected() == null)) {
                h.append("<span class=\"hint\">（原文中未找到这段文字）</span>");
            }
            h.append("</div>\n");
        }
        if (f.status() == Status.MANUAL || f.rule().equals("evaluator")) {
            decideForm(h, reportId, f);
        }
        h.append("</li>\n");
    }

    private static void decideForm(StringBuilder h, long reportId, Finding f) {
        h.append("<form method=\"post\" action=\"/reports/").append(reportId).append("/decisions\" class=\"decide\">").append(Html.CSRF_FIELD)
                .append("<input type=\"hidden\" name=\"criterion\" value=\"").append(esc(f.criterion())).append("\">")
                .append("<label>人工核定 <select name=\"status\">");
        for (Status s : List.of(Status.MET, Status.PARTIAL, Status.NOT_MET)) {
            h.append("<option value=\"").append(s.name()).append("\">").append(s.zh()).append("</option>");
        }
        h.append("</select></label> <label>得分（部分达标时填） <input name=\"points\" type=\"number\" step=\"0.1\" min=\"0\" max=\"")
                .append(Numbers.format(f.max())).append("\"></label> <label class=\"wide\">理由 <input name=\"reason\" required ")
                .append("maxlength=\"2000\" placeholder=\"例如：经查阅台账，已按季度开展\"></label> <button type=\"submit\">核定</button></form>\n");
    }

    private static void facts(StringBuilder h, long reportId, ReportFacts facts, Checklist checklist) {
        h.append("<h2 id=\"facts\">从报告中识别的事实（").append(facts.facts().size()).append("项）</h2>\n")
                .append("<table id=\"fact-table\"><tr><th>事实项</th><th>取值</th><th>报告原文</th><th></th></tr>\n");
        for (Indicator ind : checklist.indicators().values()) {
            ReportFact f = facts.facts().get(ind.key());
            if (f == null) {
                continue;
            }
            h.append("<tr data-key=\"").append(esc(ind.key())).append("\"><td>").append(esc(ind.zh())).append("<br><code>")
                    .append(esc(ind.key())).append("</code></td><td class=\"value\">").append(esc(CorrectionText.show(f.value())))
                    .append("</td><td>").append(esc(f.quote())).append("</td><td><button type=\"button\" class=\"fix\" data-key=\"")
                    .append(esc(ind.key())).append("\">更正</button></td></tr>\n");
        }
        h.append("</table>\n<form method=\"post\" action=\"/reports/").append(reportId)
                .append("/facts\" id=\"correct-fact\" class=\"card\">\n").append(Html.CSRF_FIELD).append("<h3>更正或补充事实</h3>\n<label>事实项 <select name=\"key\" id=\"fact-key\">");
        for (Indicator ind : checklist.indicators().values()) {
            ReportFact f = facts.facts().get(ind.key());
            h.append("<option value=\"").append(esc(ind.key())).append("\">").append(esc(ind.zh())).append("（")
                    .append(f == null ? CorrectionText.NOT_STATED : esc(CorrectionText.show(f.value()))).append("）</option>");
        }
        h.append("</select></label>\n<label>新的取值 <input name=\"value\" id=\"fact-value\" placeholder=\"如 98.5、12；是否类事项填“是”\"></label>\n")
                .append("<label><input type=\"checkbox\" name=\"not_stated\" value=\"1\" id=\"fact-not-stated\"> 报告未提及</label>\n")
                .append("<label class=\"wide\">理由 <input name=\"reason\" id=\"fact-reason\" required maxlength=\"2000\" ")
                .append("placeholder=\"例如：原文为“98.5%”，系统误读\"></label>\n<button type=\"submit\">保存更正并重新评分</button>\n</form>\n");
    }

    private static void review(StringBuilder h, List<ReviewEntry> made) {
        h.append("<h2 id=\"changes\">更正与核定记录（").append(made.size()).append("条）</h2>\n");
        if (made.isEmpty()) {
            h.append("<p class=\"hint\">尚无更正或核定。每一处更正和核定都会记录在此，并写入下载的评分表和整改清单。</p>\n");
            return;
        }
        h.append("<table id=\"change-log\"><tr><th>时间</th><th>类型</th><th>对象</th><th>原值</th><th>新值</th><th>理由</th></tr>\n");
        for (ReviewEntry a : made) {
            h.append("<tr><td>").append(esc(a.at())).append("</td><td>").append(a.kind().zh()).append("</td><td>").append(esc(a.target()))
                    .append("</td><td>").append(esc(a.before())).append("</td><td>").append(esc(a.after())).append("</td><td>")
                    .append(esc(a.reason())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
