package cn.fazhi.assess.cli;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The effective checklist as a table an evaluator can review without reading YAML (`check --explain`). */
final class ChecklistTable {
    private ChecklistTable() {
    }

    static String of(Checklist c) {
        List<Profile> profiles = c.profiles();
        StringBuilder md = new StringBuilder("# ").append(c.name()).append("\n\n| 编号 | 评分项 |");
        profiles.forEach(p -> md.append(' ').append(p.zh()).append(" |"));
        md.append(" 评分方法 | 如何失分 |\n|---|---|");
        profiles.forEach(p -> md.append("---:|"));
        md.append("---|---|\n");
        for (Criterion x : c.criteria()) {
            md.append("| ").append(x.id()).append(" | ").append(x.title().replace("|", "｜")).append(" |");
            profiles.forEach(p -> md.append(' ').append(cell(c, x, p)).append(" |"));
            md.append(' ').append(x.method().yamlName()).append(" | ").append(howLost(c, x)).append(" |\n");
        }
        return md.toString();
    }

    /** The points on this profile; — when it does not apply; marked when it applies only if the report states something. */
    private static String cell(Checklist c, Criterion x, Profile p) {
        List<String> lineage = c.lineage(p.id());
        if (!x.appliesTo(lineage)) {
            return "—";
        }
        String points = x.method() == Method.DEDUCTION ? "扣≤" + Numbers.format(x.cap()) : Numbers.format(x.points());
        return x.conditional(lineage) ? points + "*" : points;
    }

    /** How the criterion's points are lost, in the words of a 细则. */
    static String howLost(Checklist c, Criterion x) {
        Method m = x.method();
        String cap = x.cap() == null ? "" : "，累计扣分不超过" + Numbers.format(x.cap()) + "分";
        String unless = x.onlyIfStated().isEmpty() ? "" : "；*" + String.join("、", x.onlyIfStated().keySet().stream()
                .map(p -> c.profile(p).map(Profile::zh).orElse(p)).toList()) + "报告未写明" + String.join("、",
                x.onlyIfStated().values().stream().flatMap(List::stream).distinct().map(k -> c.indicators().get(k).zh()).toList())
                + "的，不适用";
        return lost(c, x, m, cap) + unless;
    }

    private static String lost(Checklist c, Criterion x, Method m, String cap) {
        String claim = x.claim().isEmpty() ? "" : "；仅定性表述得" + Numbers.format(x.claimPoints()) + "分";
        String silent = x.silentManual() ? "；未写明的，人工核查" : "";
        if (m == Method.DEDUCTION) {
            return c.indicators().get(x.indicator()).zh() + "：每1次（件）扣" + Numbers.format(x.deduct()) + "分" + cap
                    + "，在总分中扣除";
        }
        if (m == Method.DEADLINE) {
            Criterion.Deadline d = x.deadline();
            String day = (d.sameYear() ? "当年" : "次年") + d.month() + "月" + d.day() + "日";
            if (d.published() == null) {
                // a deadline read from the 落款 alone: late is certain, in time is not
                return day + "后成文的，不得分（以成文日期判断；按时成文或未载明成文日期的，人工核查）";
            }
            return day + "前未公开的，不得分（以" + (d.written() == null ? "发布时间判断；未载明的" : "发布时间、成文日期判断；均无的")
                    + "，人工核查）";
        }
        if (m == Method.RATE) {
            return "低于" + Numbers.format(x.targetValue()) + "%，每低1个百分点扣" + Numbers.format(x.deduct()) + "分" + cap + claim + silent
                    + (x.exemptIf() == null ? "" : "；" + c.indicators().get(x.exemptIf().key()).zh() + "为"
                    + Numbers.format(x.exemptIf().equals()) + "的，不扣分");
        }
        if (m == Method.COUNT && x.targetValue() <= 0) {
            return "未写明" + c.indicators().get(x.indicator()).zh() + "的，不得分" + claim + silent;
        }
        if (m == Method.COUNT) {
            return "少于" + Numbers.format(x.targetValue()) + "，每少1扣" + Numbers.format(x.deduct()) + "分" + cap + claim + silent;
        }
        if (m == Method.LIMIT) {
            return "高于" + Numbers.format(x.targetValue()) + "%，每高1个百分点扣" + Numbers.format(x.deduct()) + "分" + cap
                    + (x.claim().isEmpty() ? "" : "；报告自认偏高而无比率的，按扣满计") + "；未写明的，人工核查";
        }
        if (m == Method.ALL_OF) {
            return "所列事项每缺1项扣" + Numbers.format(x.deduct()) + "分" + cap;
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
        return m == Method.PRESENCE ? (x.silentManual() ? "报告未体现的，人工核查" : "报告未体现的，不得分") + claim
                : "按评分方法“" + m.yamlName() + "”";
    }
}
