package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Findings;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Outcome;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The Chinese wording shared by the Markdown and HTML scorecards. */
public final class ScorecardText {
    /** What titles and tables say for a unit the report does not name; its file name is shown as the source. */
    public static final String UNNAMED = "（未识别单位名称）";

    private ScorecardText() {
    }

    public static String title(Scorecard s) {
        String year = s.year() == null ? "" : s.year() + "年度";
        return unitName(s.unit()) + year + "法治政府建设年度报告考评结果";
    }

    public static String unitName(String unit) {
        return unit == null || unit.isBlank() ? UNNAMED : unit;
    }

    /** 不合格（一票否决） when a veto item decided it, whatever the points gave. */
    public static String grade(String grade, boolean veto) {
        return veto ? grade + "（一票否决）" : grade;
    }

    /** 整改类型, who leads and helps, and by when: one line of a gap's remedy. */
    static String remedyLine(Finding f) {
        String support = f.remedy().supportText();
        return "整改类型：" + f.remedy().type().zh() + "；牵头单位：" + f.owner() + (support.isEmpty() ? "" : "；配合单位：" + support)
                + "；整改时限：" + f.deadline();
    }

    public static String levelLine(Scorecard s) {
        return Levels.zh(s.level()) + "（按" + s.profileName() + "类指标考评）";
    }

    /** The findings a unit reads: all but criteria of other kinds of unit (a county is not scored on a 公安局's items). */
    public static List<Finding> listed(Scorecard s) {
        return s.findings().stream().filter(f -> !f.rule().equals(Findings.OTHER_PROFILE)).toList();
    }

    /** The categories that have some criterion for this unit. */
    public static List<CategoryScore> listedCategories(Scorecard s) {
        Set<String> shown = listed(s).stream().map(Finding::category).collect(Collectors.toSet());
        return s.categories().stream().filter(c -> shown.contains(c.id())).toList();
    }

    /** 另有N项为其他类别单位的指标… ; "" when every criterion is the unit's. */
    static String otherProfileNote(Scorecard s) {
        List<String> ids = s.findings().stream().filter(f -> f.rule().equals(Findings.OTHER_PROFILE))
                .map(Finding::criterion).toList();
        return ids.isEmpty() ? "" : "另有" + ids.size() + "项为其他类别单位的指标，不适用于" + s.profileName() + "，未列出（"
                + String.join("、", ids) + "）。";
    }

    /** How the total is made, naming the 扣分项 only when the checklist has them. */
    public static String formula(Scorecard s) {
        boolean deductions = s.findings().stream().anyMatch(f -> f.method() == Method.DEDUCTION);
        return "总分 = 得分 ÷ 可评分值 × 100 + 附加分" + (deductions ? " − 扣分项" : "")
                + "（不适用项和需人工核查项不计入可评分值）。";
    }

    /** 单位自评X分，评估得分Y分，相差Z分; "" when the unit gave no self-assessment. */
    public static String selfLine(Scorecard s) {
        Double own = s.selfTotal();
        if (own == null) {
            return "";
        }
        double diff = Numbers.round2(s.total() - own);
        return "单位自评分" + Numbers.format(own) + "分，评估得分" + Numbers.format(s.total()) + "分，"
                + (diff == 0 ? "一致" : (diff < 0 ? "低于自评" : "高于自评") + Numbers.format(Math.abs(diff)) + "分")
                + (s.self().total() == null ? "（自评分为各评分项自评分之和）" : "");
    }

    /** A finding's 自评分 and the difference, "8（−2）"; "" when the unit gave none for it. */
    public static String selfCell(Scorecard s, Finding f) {
        Double own = s.self().of(f.criterion());
        if (own == null) {
            return "";
        }
        double diff = Numbers.round2(f.points() - own);
        return Numbers.format(own) + (diff == 0 ? "" : "（" + (diff > 0 ? "+" : "−") + Numbers.format(Math.abs(diff)) + "）");
    }

    public static String points(double earned, double max) {
        return Numbers.format(earned) + " / " + Numbers.format(max);
    }

    /** Gaps to rectify, most points lost first (PMML-style reason codes); vetoes, then gaps open two years running, lead. */
    static List<Finding> rankedGaps(Scorecard s) {
        return s.gaps().stream()
                .sorted(Comparator.comparing((Finding f) -> !f.veto())
                        .thenComparing(f -> !twoYears(s, f))
                        .thenComparing(Comparator.comparingDouble(Finding::pointsLost).reversed()))
                .toList();
    }

    private static boolean twoYears(Scorecard s, Finding f) {
        FollowUp.Item item = s.followUp() == null ? null : s.followUp().item(f.criterion());
        return item != null && item.twoYears();
    }

    /** The follow-up's label of a criterion: 已整改, 未整改（连续两年未整改）, 新发现 …; "" without a follow-up. */
    static String followUpLabel(Scorecard s, String criterion) {
        FollowUp.Item item = s.followUp() == null ? null : s.followUp().item(criterion);
        return item == null ? "" : item.label();
    }

    /** 整改率 and how last year's gaps ended, in one line. */
    public static String followUpSummary(FollowUp f) {
        StringBuilder line = new StringBuilder("上年问题").append(f.previousGaps()).append("项：");
        List<String> parts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = f.count(o);
            if (n > 0 && o != Outcome.NEW) {
                parts.add(o.zh() + n + "项");
            }
        }
        line.append(parts.isEmpty() ? "无" : String.join("，", parts)).append("；整改率").append(percent(f.rate()));
        if (f.count(Outcome.NEW) > 0) {
            line.append("；本年新发现问题").append(f.count(Outcome.NEW)).append("项");
        }
        if (f.previousTotal() != null) {
            line.append("；上年总分").append(Numbers.format(f.previousTotal()));
        }
        return line.toString();
    }

    public static String percent(double share) {
        return Numbers.format(Math.round(share * 1000) / 10.0) + "%";
    }

    static List<Finding> manual(Scorecard s) {
        return s.findings().stream().filter(f -> f.status() == Status.MANUAL).toList();
    }

    public static String lost(Finding f) {
        if (f.veto()) {
            return "一票否决";
        }
        if (f.dataDoubt()) {
            return "数据存疑";
        }
        return "失" + Numbers.format(f.pointsLost()) + "分";
    }

    static String evidence(Evidence e) {
        if (e.corrected() == null) {
            return "「" + nz(e.quote()) + "」";
        }
        String original = e.corrected().originalQuote().isBlank() ? ""
                : "；原文「" + e.corrected().originalQuote() + "」不再作为依据";
        return corrected(e) + original;
    }

    /** 评估人员更正为60（理由：…，2026-11-30 10:00:00）. */
    public static String corrected(Evidence e) {
        return "评估人员更正为" + shownValue(e.value()) + "（理由：" + e.corrected().reason() + "，" + e.corrected().at() + "）";
    }

    private static String shownValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? "已提及" : "未提及";
        }
        return value instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(value);
    }

    static String evidenceLine(Finding f) {
        return f.evidence().stream().map(ScorecardText::evidence).distinct().collect(Collectors.joining("；"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
