package cn.fazhi.assess.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds findings for the rules' consequences, so that each rule states only the verdict and the
 * evidence; the words come from the criterion's gap template and the checklist's wording (criteria.yaml).
 */
public final class Findings {
    private static final String MISSING = "{missing}";

    private Findings() {
    }

    public static Finding met(Criterion c, String rule, Collection<?> facts) {
        return of(c, Status.MET, c.points(), "", rule, facts, false, false);
    }

    /** 达标 without the figure: the {@code exempt_if} fact makes it needless (no lawsuit, no hearing to attend). */
    public static Finding exempt(Criterion c, String rule, ReportFact exemption) {
        return of(c, Status.MET, c.points(), c.wording().fill("exempt"), rule, List.of(exemption), false, false);
    }

    /** 达标 by the rate the report's counts give ({@code compute_from}). */
    public static Finding computedMet(Criterion c, String rule, Collection<?> facts) {
        return of(c, Status.MET, c.points(), c.wording().fill("computed_met"), rule, facts, false, false);
    }

    public static Finding notReported(Criterion c, String rule) {
        String gap = c.target() != null
                ? c.wording().fill("not_reported", "indicator", c.nameOf(c.indicator()), "target_clause", targetClause(c))
                : render(c.gap(), c.wording().fill("not_stated"), c, c.gap().contains(MISSING) ? missingNames(c, List.of()) : "");
        return of(c, Status.NOT_REPORTED, c.pointsWhenNotReported(), gap, rule, List.of(), false, false);
    }

    /** 部分达标: the report states the thing but gives no figure. */
    public static Finding claimedNotQuantified(Criterion c, String rule, Collection<?> claims) {
        String gap = c.wording().fill("claimed_not_quantified", "indicator", c.nameOf(c.indicator()),
                "target_clause", targetClause(c));
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
        String gap = c.wording().fill("computed_below_target", "gap", render(c.gap(), Numbers.format(rate), c, ""));
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, facts, false, false);
    }

    /** LIMIT: the stated figure above the checklist's threshold (败诉率 20% against 15%). */
    public static Finding aboveLimit(Criterion c, String rule, ReportFact fact) {
        double points = c.pointsAboveLimit(fact.number());
        String gap = render(c.gap(), Numbers.format(fact.number()), c, "");
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, List.of(fact), false, false);
    }

    /** LIMIT: the report admits the figure is high (败诉率仍然居高) without giving it: as if above by the most. */
    public static Finding admittedHigh(Criterion c, String rule, Collection<?> admitted) {
        return of(c, Status.NOT_MET, c.pointsWhenNotReported(), c.wording().fill("admitted"), rule, admitted, false, false);
    }

    /** An outcome the report does not state, which the evaluator takes from other records. */
    public static Finding silentOutcome(Criterion c, String rule) {
        return of(c, Status.MANUAL, 0, c.wording().fill("when_silent"), rule, List.of(), false, false);
    }

    /** ALL_OF with some flags stated and some not. */
    public static Finding someMissing(Criterion c, String rule, Collection<?> stated) {
        List<String> have = facts(stated).stream().map(ReportFact::key).toList();
        int missing = (int) c.indicators().stream().filter(k -> !have.contains(k)).count();
        double points = c.pointsWithMissing(missing);
        String gap = render(c.gap(), "", c, missingNames(c, have));
        return of(c, points > 0 ? Status.PARTIAL : Status.NOT_MET, points, gap, rule, stated, false, false);
    }

    /** The rule that finds a criterion outside the unit's profile: such findings need not be listed to the unit. */
    public static final String OTHER_PROFILE = "level-not-applicable";

    public static Finding notApplicable(Criterion c, String rule, UnitInfo unit) {
        // a criterion of the unit's profile that applies only when the report states something (only_if_stated)
        String key = c.appliesTo(unit.lineage()) ? "unless_stated" : "not_applicable";
        String gap = c.wording().fill(key, "level", Levels.zh(unit.level()), "profile", unit.profileName());
        return of(c, Status.NOT_APPLICABLE, 0, gap, rule, List.of(), false, false);
    }

    public static Finding manual(Criterion c, String rule) {
        return of(c, Status.MANUAL, 0, c.gap(), rule, List.of(), false, false);
    }

    public static Finding vetoTriggered(Criterion c, String rule, Collection<?> facts) {
        return of(c, Status.NOT_MET, 0, c.gap(), rule, facts, true, false);
    }

    public static Finding vetoUnknown(Criterion c, String rule) {
        return of(c, Status.MANUAL, 0, c.wording().fill("veto_unknown"), rule, List.of(), false, false);
    }

    public static Finding bonusEarned(Criterion c, String rule, Collection<?> facts) {
        return met(c, rule, facts);
    }

    public static Finding bonusNotEarned(Criterion c, String rule) {
        return of(c, Status.NOT_REPORTED, 0, c.gap(), rule, List.of(), false, false);
    }

    /** 扣分项: the stated items cost the total their points, at most the cap; none stated (0) costs nothing. */
    public static Finding deducted(Criterion c, String rule, ReportFact items) {
        double lost = c.deductionFor(items.number());
        if (lost <= 0) {
            return of(c, Status.MET, 0, "", rule, List.of(items), false, false);
        }
        String gap = render(c.gap(), Numbers.format(items.number()), c, "").replace("{deducted}", Numbers.format(lost));
        return new Finding(c.id(), c.title(), c.category(), Status.NOT_MET, -lost, 0, gap, c.remedy(), c.basis(), rule,
                evidence(List.of(items)), c.method(), false, false);
    }

    /** 报告按时公开: made public by the day it was due. */
    public static Finding publishedInTime(Criterion c, String rule, ReportFact published) {
        return met(c, rule, List.of(published));
    }

    /** Made public after the day (发布时间), or signed after it (成文日期), so not out by it either. */
    public static Finding late(Criterion c, String rule, ReportFact date, LocalDate due) {
        String key = date.key().equals(c.deadline().published()) ? "published_late" : "written_late";
        String gap = c.wording().fill(key, "date", Numbers.date(date.value()), "due", Numbers.date(due));
        return of(c, Status.NOT_MET, 0, gap, rule, List.of(date), false, false);
    }

    /** Signed in time, but when it was made public the report does not say: 需人工核查, with what it does say. */
    public static Finding writtenInTime(Criterion c, String rule, ReportFact written) {
        String gap = c.wording().fill("written_only", "date", Numbers.date(written.value()));
        return of(c, Status.MANUAL, 0, gap, rule, List.of(written), false, false);
    }

    /** 数据存疑: a part larger than its whole (成功件数多于调解件数). */
    public static Finding partExceedsWhole(Criterion c, String rule, ReportFact whole, ReportFact part) {
        return dataDoubt(c, rule, c.wording().fill("part_exceeds_whole", "whole", Numbers.format(whole.number()),
                "part", Numbers.format(part.number())), List.of(whole, part));
    }

    /** 数据存疑: two parts that add up to more than their whole (受理 + 不予受理 > 收到). */
    public static Finding partsExceedWhole(Criterion c, String rule, ReportFact whole, ReportFact part, ReportFact other) {
        return dataDoubt(c, rule, c.wording().fill("parts_exceed_whole", "whole", Numbers.format(whole.number()),
                "part", Numbers.format(part.number()), "other_part", Numbers.format(other.number())), List.of(whole, part, other));
    }

    /** 数据存疑: a stated rate that does not follow from its counts. */
    public static Finding rateContradicts(Criterion c, String rule, ReportFact whole, ReportFact part, ReportFact rate) {
        return dataDoubt(c, rule, c.wording().fill("rate_contradicts", "whole", Numbers.format(whole.number()),
                "part", Numbers.format(part.number()), "computed", Numbers.format(part.number() * 100 / whole.number()),
                "rate", Numbers.format(rate.number())), List.of(whole, part, rate));
    }

    private static Finding dataDoubt(Criterion c, String rule, String detail, Collection<?> facts) {
        String gap = c.wording().fill("data_doubt", "gap", render(c.gap(), detail, c, ""));
        return of(c, Status.NOT_MET, 0, gap, rule, facts, false, true);
    }

    /** A consistency check the report gives too few figures for. */
    public static Finding notCheckable(Criterion c, String rule) {
        String gap = c.wording().fill("not_checkable", "missing", missingNames(c, List.of()));
        return of(c, Status.NOT_APPLICABLE, 0, gap, rule, List.of(), false, false);
    }

    private static Finding of(Criterion c, Status status, double points, String gap, String rule,
                              Collection<?> facts, boolean veto, boolean dataDoubt) {
        return new Finding(c.id(), c.title(), c.category(), status, points, c.points(), gap,
                c.remedy(), c.basis(), rule, evidence(facts), c.method(), veto, dataDoubt);
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
            return c.wording().fill("target_rate", "target", Numbers.format(c.targetValue()));
        }
        return c.targetValue() > 1 ? c.wording().fill("target_count", "target", Numbers.format(c.targetValue())) : "";
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
