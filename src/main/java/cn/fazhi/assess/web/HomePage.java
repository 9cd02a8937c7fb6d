package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Levels;

import java.time.format.DateTimeFormatter;
import java.util.List;

import static cn.fazhi.assess.web.Html.esc;

/** The list of assessments and the form that starts a new one. */
final class HomePage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HomePage() {
    }

    static String render(List<Store.Assessment> assessments, Checklist checklist) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>考评批次</h1>\n");
        if (assessments.isEmpty()) {
            h.append("<p class=\"hint\">还没有考评批次。在下面新建一个，再把各单位的年度报告拖进去。</p>\n");
        } else {
            h.append("<table id=\"assessments\"><tr><th>名称</th><th>年度</th><th>单位层级</th><th>报告数</th><th>创建时间</th></tr>\n");
            for (Store.Assessment a : assessments) {
                h.append("<tr><td><a href=\"/assessments/").append(a.id()).append("\">").append(esc(a.name())).append("</a></td><td>")
                        .append(a.year() == null ? "" : a.year()).append("</td><td>").append(levelName(a.level())).append("</td><td class=\"n\">")
                        .append(a.reports()).append("</td><td>").append(DAY.format(a.createdAt())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>新建考评批次</h2>\n<form method=\"post\" action=\"/assessments\" id=\"new-assessment\" class=\"card\">\n")
                .append(Html.CSRF_FIELD)
                .append("<label>名称 <input name=\"name\" required maxlength=\"200\" placeholder=\"例如：2023年度各区法治政府建设考评\"></label>\n")
                .append("<label>年度 <input name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" placeholder=\"2023\"></label>\n")
                .append("<label>单位层级 <select name=\"level\"><option value=\"\">按报告自动识别</option>");
        for (String level : checklist.profiles().keySet()) {
            h.append("<option value=\"").append(esc(level)).append("\">").append(esc(Levels.zh(level))).append("</option>");
        }
        h.append("</select></label>\n<p class=\"hint\">考评细则：").append(esc(checklist.name())).append("（").append(checklist.criteria().size())
                .append("个评分项）</p>\n<button type=\"submit\">新建</button>\n</form>\n");
        return h.toString();
    }

    static String levelName(String level) {
        return level == null ? "按报告识别" : esc(Levels.zh(level));
    }
}
