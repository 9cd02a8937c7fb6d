package cn.fazhi.assess.checklist;

import cn.fazhi.assess.checklist.ChecklistFile.CriterionEntry;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Method;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a criterion carries the parameters its scoring method needs, and only those. */
final class MethodParameters {
    private final Method method;
    private final CriterionEntry c;
    private final String at;
    private final Map<String, Indicator> indicators;
    private final BiConsumer<String, String> problem;

    MethodParameters(Method method, CriterionEntry c, String at, Map<String, Indicator> indicators,
                     BiConsumer<String, String> problem) {
        this.method = method;
        this.c = c;
        this.at = at;
        this.indicators = indicators;
        this.problem = problem;
    }

    void check() {
        // a method of a DRL file of its own reads whatever its rules read: only the built-in ones are checked here
        if (method.equals(Method.RATE)) {
            quantity(IndicatorType.RATE);
        } else if (method.equals(Method.COUNT)) {
            quantity(IndicatorType.COUNT);
        } else if (method.equals(Method.ALL_OF)) {
            atLeast(2);
            allOfType(c.indicators(), IndicatorType.FLAG, ".indicators");
            positive(c.deduct(), "deduct", "the points lost per missing flag");
        } else if (method.equals(Method.PRESENCE) || method.equals(Method.VETO) || method.equals(Method.BONUS)) {
            atLeast(1);
            allOfType(c.indicators(), IndicatorType.FLAG, ".indicators");
        } else if (method.equals(Method.CONSISTENCY)) {
            consistency();
        } else if (method.equals(Method.DEDUCTION)) {
            deduction();
        } else if (method.equals(Method.DEADLINE)) {
            deadline();
        } else if (method.equals(Method.LIMIT)) {
            quantity(IndicatorType.RATE);
            needsWording("when_silent", "limit");
            if (c.claim() != null && !c.claim().isEmpty()) {
                needsWording("admitted", "limit's claim flags (the report admits the figure is high)");
            }
        }
        cap();
        whenSilent();
        if (c.onlyIfStated() != null && !c.onlyIfStated().isEmpty()) {
            needsWording("unless_stated", "only_if_stated");
        }
        if (!method.isQuantity() && !method.equals(Method.LIMIT) && c.claim() != null && !c.claim().isEmpty()) {
            problem.accept(at + ".claim", "only rate, count and limit criteria take claim flags");
        }
        exemptIf();
        computeFrom();
        if (!method.equals(Method.CONSISTENCY) && c.consistency() != null) {
            problem.accept(at + ".consistency", "only consistency criteria take it");
        }
        if (c.claim() != null) {
            allOfType(c.claim(), IndicatorType.FLAG, ".claim");
        }
        if (c.claimPoints() != null && (c.claimPoints() < 0 || c.claimPoints() > c.points())) {
            problem.accept(at + ".claim_points", "must be between 0 and the criterion's points");
        }
    }

    /** 扣分项: one count, the points per item, and the most it may take (a deduction without a cap is refused). */
    private void deduction() {
        if (c.indicators().size() != 1) {
            problem.accept(at + ".indicators", "deduction takes exactly one indicator (the count of items)");
        } else {
            allOfType(c.indicators(), IndicatorType.COUNT, ".indicators");
        }
        positive(c.perItem(), "per_item", "the points each stated item takes off the total");
        if (c.cap() == null) {
            problem.accept(at, "missing key 'cap': a deduction item needs the most it may take off (累计扣分不超过)");
        }
        if (c.deduct() != null) {
            problem.accept(at + ".deduct", "a deduction item says per_item instead");
        }
        if (c.points() != 0) {
            problem.accept(at + ".points", "a deduction item earns nothing: set points: 0 (it takes up to its cap off the total)");
        }
    }

    /** {@code cap}: where points are lost per item, the most they may be; {@code per_item} only on a deduction item. */
    private void cap() {
        boolean deducting = method.isQuantity() || method.equals(Method.ALL_OF) || method.equals(Method.DEDUCTION)
                || method.equals(Method.LIMIT);
        if (c.cap() != null && !deducting) {
            problem.accept(at + ".cap", "only rate, count, limit, all_of and deduction criteria lose points per item");
        } else if (c.cap() != null && (c.cap() <= 0 || !method.equals(Method.DEDUCTION) && c.cap() > c.points())) {
            problem.accept(at + ".cap", "must be above 0" + (method.equals(Method.DEDUCTION) ? "" : " and at most the criterion's points"));
        }
        if (c.perItem() != null && !method.equals(Method.DEDUCTION)) {
            problem.accept(at + ".per_item", "only deduction items take it (others say deduct)");
        }
    }

    /** when_silent: manual — for presence, rate and count, silence is 需人工核查 (limit is so always). */
    private void whenSilent() {
        if (c.whenSilent() == null) {
            return;
        }
        if (!c.whenSilent().equals("manual")) {
            problem.accept(at + ".when_silent", "'" + c.whenSilent() + "' is not known (manual: the evaluator checks other records)");
        } else if (!method.isQuantity() && !method.equals(Method.PRESENCE)) {
            problem.accept(at + ".when_silent", "only presence, rate and count criteria take it (limit is always so)");
        } else {
            needsWording("when_silent", "when_silent");
        }
    }

    /** deadline: the DATE facts it reads (published, written) among its indicators, and the day, 04-01. */
    private void deadline() {
        ChecklistFile.DeadlineEntry d = c.dates();
        if (d == null) {
            problem.accept(at, "missing key 'dates' (published, written: the DATE facts; due: MM-DD of the year after the report's)");
            return;
        }
        if (d.published() == null && d.written() == null) {
            problem.accept(at + ".dates", "names no date: give published, written or both");
        }
        for (String key : new String[]{d.published(), d.written()}) {
            if (key != null) {
                listed(key, IndicatorType.DATE, ".dates");
            }
        }
        if (monthDay(d.due()) == null) {
            problem.accept(at + ".dates.due", "'" + d.due() + "' is not a day of the year (MM-DD, e.g. 04-01)");
        }
        if (d.year() != null && !d.year().equals("next") && !d.year().equals("same")) {
            problem.accept(at + ".dates.year", "'" + d.year() + "' is not known: next (the year after the report's, the default) or same");
        }
        needsWording("published_late", "deadline");
        needsWording("written_late", "deadline");
        needsWording("written_only", "deadline");
    }

    static Criterion.Deadline deadline(CriterionEntry c) {
        ChecklistFile.DeadlineEntry d = c.dates();
        int[] md = d == null ? null : monthDay(d.due());
        return md == null ? null : new Criterion.Deadline(d.published(), d.written(), md[0], md[1],
                "same".equals(d.year()));
    }

    private static int[] monthDay(String due) {
        Matcher m = due == null ? null : Pattern.compile("(\\d{1,2})-(\\d{1,2})").matcher(due.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void quantity(IndicatorType type) {
        if (c.indicators().size() != 1) {
            problem.accept(at + ".indicators", method.yamlName() + " takes exactly one indicator");
        } else {
            allOfType(c.indicators(), type, ".indicators");
        }
        if (c.target() == null) {
            problem.accept(at, "missing key 'target' (the " + type.yamlName() + " to reach)");
        } else if (c.target() > 0) {
            positive(c.deduct(), "deduct", "the points lost per unit below the target");
        }
        if (type == IndicatorType.RATE && c.target() != null && (c.target() < 0 || c.target() > 100)) {
            problem.accept(at + ".target", "a rate target must be between 0 and 100");
        }
    }

    /** exempt_if: a count or rate that, stated with its value, meets a rate or count criterion without its figure. */
    private void exemptIf() {
        if (c.exemptIf() == null) {
            return;
        }
        if (!method.isQuantity()) {
            problem.accept(at + ".exempt_if", "only rate and count criteria take it");
        }
        number(c.exemptIf().key(), ".exempt_if.key");
        needsWording("exempt", "exempt_if");
    }

    /** compute_from: the counts whose quotient stands in for an unstated rate. */
    private void computeFrom() {
        if (c.computeFrom() == null) {
            return;
        }
        if (!method.equals(Method.RATE)) {
            problem.accept(at + ".compute_from", "only rate criteria take it");
        }
        ofType(c.computeFrom().part(), IndicatorType.COUNT, ".compute_from.part");
        ofType(c.computeFrom().whole(), IndicatorType.COUNT, ".compute_from.whole");
        needsWording("computed_met", "compute_from");
    }

    /** consistency: whole and part(s) are counts and the rate a rate, all among the criterion's indicators. */
    private void consistency() {
        ChecklistFile.ConsistencyEntry k = c.consistency();
        if (k == null) {
            problem.accept(at, "missing key 'consistency' (whole, part, and other_part or rate)");
            return;
        }
        listed(k.whole(), IndicatorType.COUNT, ".consistency.whole");
        listed(k.part(), IndicatorType.COUNT, ".consistency.part");
        needsWording("part_exceeds_whole", "consistency");
        if (k.otherPart() != null) {
            listed(k.otherPart(), IndicatorType.COUNT, ".consistency.other_part");
            needsWording("parts_exceed_whole", "consistency.other_part");
        }
        if (k.rate() != null) {
            listed(k.rate(), IndicatorType.RATE, ".consistency.rate");
            needsWording("rate_contradicts", "consistency.rate");
        }
        if (k.tolerance() != null && k.tolerance() < 0) {
            problem.accept(at + ".consistency.tolerance", "must not be negative");
        }
    }

    private void listed(String key, IndicatorType type, String suffix) {
        if (!c.indicators().contains(key)) {
            problem.accept(at + suffix, "'" + key + "' must be one of the criterion's indicators");
        }
        ofType(key, type, suffix);
    }

    private void number(String key, String suffix) {
        Indicator indicator = indicators.get(key);
        if (indicator == null) {
            problem.accept(at + suffix, "unknown indicator '" + key + "' (not under indicators:)");
        } else if (indicator.type() != IndicatorType.COUNT && indicator.type() != IndicatorType.RATE) {
            problem.accept(at + suffix, "'" + key + "' is a " + indicator.type().yamlName() + ", but a count or rate is needed");
        }
    }

    private void ofType(String key, IndicatorType type, String suffix) {
        if (!indicators.containsKey(key)) {
            problem.accept(at + suffix, "unknown indicator '" + key + "' (not under indicators:)");
        } else {
            allOfType(List.of(key), type, suffix);
        }
    }

    private void needsWording(String key, String because) {
        if (c.wording() == null || !c.wording().containsKey(key)) {
            problem.accept(at + ".wording", "missing '" + key + "' (the words " + because + " needs)");
        }
    }

    private void atLeast(int n) {
        if (c.indicators().size() < n) {
            problem.accept(at + ".indicators", method.yamlName() + " needs at least " + n + " indicator(s)");
        }
    }

    private void positive(Double value, String key, String meaning) {
        if (value == null || value <= 0) {
            problem.accept(at, "'" + key + "' must be a positive number: " + meaning);
        }
    }

    private void allOfType(List<String> keys, IndicatorType type, String suffix) {
        for (String key : keys) {
            Indicator indicator = indicators.get(key);
            if (indicator != null && indicator.type() != type) {
                problem.accept(at + suffix, "'" + key + "' is a " + indicator.type().yamlName()
                        + ", but " + method.yamlName() + " needs a " + type.yamlName());
            }
        }
    }
}
