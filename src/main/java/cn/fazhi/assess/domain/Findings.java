package cn.fazhi.assess.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds findings for the rules' consequences, so that each rule states only the verdict and the
 * evidence, and every gap text is worded the same way.
 */
public final class Findings {
    private static final String NOT_STATED = "未报告";
    private static final String MISSING = "{missing}";

    private Findings() {
    }

    public static Finding met(Criterion c, String rule, Collection<?> facts) {
        return of(c, Status.MET, c.points(), "", rule, facts, false, false);
    }

    /** 达标, with a note on why (no lawsuit to attend, a rate computed from counts …). */
    public static Finding metBecause(Criterion c, String rule, String note, Collection<?> facts) {
        return of(c, Status.MET, c.points(), note, rule, facts, false, false);
    }

    public static Finding notReported(Criterion c, String rule) {
        String gap = c.target() != null
                ? "报告未体现" + c.nameOf(c.indicator()) + targetClause(c)
                : render(c.gap(), NOT_STATED, c, c.gap().contains(MISSING) ? missingNames(c, List.of()) : "");
        return of(c, Status.NOT_REPORTED, 0, gap, rule, List.of(), false, false);
    }

    /** 部分达标: the report states the thing but gives no figure. */
    public static Finding claimedNotQuantified(Criterion c, String rule, Collection<?> claims) {
        String gap = "报告仅作定性表述，未给出" + c.nameOf(c.indicator()) + targetClause(c);
        return of(c, Status.PARTIAL, Math.min(c.claimPoints(), c.points()), gap, rule, claims, false, false);
    }

    public static Finding belowTarget(Criterion c, String rule, ReportFact fact) {
        double points = c.pointsBelowTarget(fact.number());
        String gap = render(c.gap(), Numbers.format(fact.number()), c, "");
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, List.of(fact), false, false);
    }

    /** A rate the report does not state but its counts give, below the target. */
    public static Finding computedBelowTarget(Criterion c, String rule, double rate, Collection<?> facts) {
        double points = c.pointsBelowTarget(rate);
        String gap = render(c.gap(), Numbers.format(rate), c, "") + "（按报告所列件数计算）";
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, facts, false, false);
    }

    /** ALL_OF with some flags stated and some not. */
    public static Finding someMissing(Criterion c, String rule, Collection<?> stated) {
        List<String> have = facts(stated).stream().map(ReportFact::key).toList();
        int missing = (int) c.indicators().stream().filter(k -> !have.contains(k)).count();
        double points = c.pointsWithMissing(missing);
        String gap = render(c.gap(), "", c, missingNames(c, have));
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, stated, false, false);
    }

    public static Finding notApplicable(Criterion c, String rule, UnitInfo unit) {
        String gap = "该项不适用于" + Levels.zh(unit.level()) + "（按" + Levels.zh(unit.profile()) + "类指标考评）";
        return of(c, Status.NOT_APPLICABLE, 0, gap, rule, List.of(), false, false);
    }

    public static Finding manual(Criterion c, String rule) {
        return of(c, Status.MANUAL, 0, c.gap(), rule, List.of(), false, false);
    }

    public static Finding vetoTriggered(Criterion c, String rule, Collection<?> facts) {
        return of(c, Status.NOT_MET, 0, c.gap(), rule, facts, true, false);
    }

    public static Finding vetoUnknown(Criterion c, String rule) {
        String gap = "报告未体现此类情形，需向纪检监察、督察等部门核实";
        return of(c, Status.MANUAL, 0, gap, rule, List.of(), false, false);
    }

    public static Finding bonusEarned(Criterion c, String rule, Collection<?> facts) {
        return met(c, rule, facts);
    }

    public static Finding bonusNotEarned(Criterion c, String rule) {
        return of(c, Status.NOT_REPORTED, 0, c.gap(), rule, List.of(), false, false);
    }

    /** 数据存疑: the report's own figures contradict each other; {@code detail} says how. */
    public static Finding dataDoubt(Criterion c, String rule, String detail, Collection<?> facts) {
        String gap = "数据存疑：" + render(c.gap(), detail, c, "");
        return of(c, Status.NOT_MET, 0, gap, rule, facts, false, true);
    }

    /** A consistency check the report gives too few figures for. */
    public static Finding notCheckable(Criterion c, String rule) {
        String gap = "报告未同时给出" + missingNames(c, List.of()) + "，无从核对";
        return of(c, Status.NOT_APPLICABLE, 0, gap, rule, List.of(), false, false);
    }

    private static Finding of(Criterion c, Status status, double points, String gap, String rule,
                              Collection<?> facts, boolean veto, boolean dataDoubt) {
        return new Finding(c.id(), c.title(), c.category(), status, points, c.points(), gap,
                c.suggestion(), c.owner(), c.deadline(), c.basis(), rule, evidence(facts), c.method(), veto, dataDoubt);
    }

    // Most findings cite no fact or one; these run once per criterion of every report, so no streams.
    private static List<Evidence> evidence(Collection<?> facts) {
        if (facts.isEmpty()) {
            return List.of();
        }
        List<ReportFact> sorted = facts(facts);
        if (sorted.size() > 1) {
            sorted.sort(Comparator.comparing(ReportFact::key));
        }
        Evidence[] evidence = new Evidence[sorted.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = Evidence.of(sorted.get(i));
        }
        return List.of(evidence);
    }

    private static List<ReportFact> facts(Collection<?> objects) {
        List<ReportFact> facts = new ArrayList<>(objects.size());
        for (Object o : objects) {
            facts.add((ReportFact) o);
        }
        return facts;
    }

    private static String targetClause(Criterion c) {
        if (c.targetIsRate()) {
            return "（要求达到" + Numbers.format(c.targetValue()) + "%）";
        }
        return c.targetValue() > 1 ? "（要求不少于" + Numbers.format(c.targetValue()) + "）" : "";
    }

    private static String missingNames(Criterion c, List<String> stated) {
        StringJoiner names = new StringJoiner("、");
        for (String key : c.indicators()) {
            if (!stated.contains(key)) {
                names.add(c.nameOf(key));
            }
        }
        return names.toString();
    }

    private static String render(String template, String value, Criterion c, String missing) {
        return template.replace("{value}", value)
                .replace("{target}", Numbers.format(c.targetValue()))
                .replace(MISSING, missing);
    }
}
