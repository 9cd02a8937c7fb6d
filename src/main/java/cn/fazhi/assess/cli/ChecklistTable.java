package cn.fazhi.assess.cli;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The effective checklist as a table an evaluator can review without reading YAML (`check --explain`). */
final class ChecklistTable {
    private ChecklistTable() {
    }

    static String of(Checklist c) {
        List<String> profiles = new ArrayList<>(new LinkedHashSet<>(c.profiles().values()));
        StringBuilder md = new StringBuilder("# ").append(c.name()).append("\n\n| 编号 | 评分项 |");
        profiles.forEach(p -> md.append(' ').append(Levels.zh(p)).append(" |"));
        md.append(" 评分方法 | 如何失分 |\n|---|---|");
        profiles.forEach(p -> md.append("---:|"));
        md.append("---|---|\n");
        for (Criterion x : c.criteria()) {
            md.append("| ").append(x.id()).append(" | ").append(x.title().replace("|", "｜")).append(" |");
            profiles.forEach(p -> md.append(' ').append(x.appliesTo(p) ? Numbers.format(x.points()) : "—").append(" |"));
            md.append(' ').append(x.method().yamlName()).append(" | ").append(howLost(c, x)).append(" |\n");
        }
        return md.toString();
    }

    /** How the criterion's points are lost, in the words of a 细则. */
    static String howLost(Checklist c, Criterion x) {
        Method m = x.method();
        String claim = x.claim().isEmpty() ? "" : "；仅定性表述得" + Numbers.format(x.claimPoints()) + "分";
        if (m == Method.RATE) {
            return "低于" + Numbers.format(x.targetValue()) + "%，每低1个百分点扣" + Numbers.format(x.deduct()) + "分" + claim
                    + (x.exemptIf() == null ? "" : "；" + c.indicators().get(x.exemptIf().key()).zh() + "为"
                    + Numbers.format(x.exemptIf().equals()) + "的，不扣分");
        }
        if (m == Method.COUNT) {
            return "少于" + Numbers.format(x.targetValue()) + "，每少1扣" + Numbers.format(x.deduct()) + "分" + claim;
        }
        if (m == Method.ALL_OF) {
            return "所列事项每缺1项扣" + Numbers.format(x.deduct()) + "分";
        }
        if (m == Method.MANUAL) {
            return "报告不能证明，需人工核查";
        }
        if (m == Method.VETO) {
            return "发生即一票否决，等次为最低档";
        }
        if (m == Method.BONUS) {
            return "附加分，得分不超过" + Numbers.format(x.points()) + "分";
        }
        if (m == Method.CONSISTENCY) {
            return "数据前后矛盾的，标注数据存疑";
        }
        return m == Method.PRESENCE ? "报告未体现的，不得分" + claim : "按评分方法“" + m.yamlName() + "”";
    }
}
