package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scoring item (评分项) of the checklist, as loaded from criteria.yaml.
 *
 * @param levels         the profiles it applies to (county, township, department)
 * @param indicators     the fact keys it reads
 * @param indicatorNames the Chinese names of {@code indicators} and {@code claim}, for gap texts
 * @param target         the rate or count to reach
 * @param targetIsRate   true when the target is a percentage (the first indicator is a rate)
 * @param deduct         points lost per percentage point, per missing item or per missing flag; for a deduction
 *                       item (扣分项), per stated item ({@code per_item})
 * @param cap            the most points deductions may take here (累计扣分不超过), or null: down to 0
 * @param claim          flags that state the thing without a figure: 部分达标 with {@code claimPoints}
 * @param exemptIf       for rate and count: a fact that, when stated with its value, makes the figure needless
 * @param computeFrom    for rate: the counts whose quotient stands in for a rate the report does not state
 * @param consistency    for consistency: which indicator is the whole, the parts and the stated rate
 * @param gap            the gap template; may use {value} {target} {missing}
 * @param remedy         what to do about a gap, for a level {@code remedies} does not name
 * @param remedies       the remedy worded for a level or a profile (township, department …) where it differs
 * @param aliases        the ids it had in earlier checklists, so that last year's gaps under them are followed up
 * @param onlyIfStated   profile → keys: for a unit on that profile it applies only when the report states one of
 *                       them (a township that issued 行政规范性文件), else 不适用
 * @param deadline       for deadline: which dates the report gives and the day it is due
 * @param wording        the words of the method's gaps and notes (the checklist's, with this criterion's own)
 */
public record Criterion(String id, String title, String category, double points, Set<String> levels,
                        Method method, List<String> indicators, Map<String, String> indicatorNames,
                        Double target, boolean targetIsRate, double deduct, Double cap, List<String> claim, double claimPoints,
                        ExemptIf exemptIf, ComputeFrom computeFrom, Consistency consistency,
                        String gap, Remedy remedy, Map<String, Remedy> remedies,
                        String basis, Wording wording, List<String> aliases, Map<String, List<String>> onlyIfStated,
                        Deadline deadline, boolean silentManual) implements Serializable {

    /** No lawsuit, no hearing to attend: {@code key} stated as {@code equals} meets the criterion without its figure. */
    public record ExemptIf(String key, double equals) implements Serializable {
    }

    /** A rate the report does not state but gives the counts for: part × 100 / whole. */
    public record ComputeFrom(String part, String whole) implements Serializable {
    }

    /**
     * Figures that must agree: the part (and the other part, when given) within the whole, and the stated rate within
     * {@code tolerance} points of part / whole. {@code otherPart} and {@code rate} may be null.
     */
    public record Consistency(String whole, String part, String otherPart, String rate, double tolerance)
            implements Serializable {
    }

    /**
     * 报告于次年（{@code sameYear}: 当年）{@code month}月{@code day}日前公开: {@code published} is the date the report was made public (发布时间),
     * {@code written} the date it was signed (成文日期, 落款); a report signed after the day cannot have been out by it.
     */
    public record Deadline(String published, String written, int month, int day, boolean sameYear) implements Serializable {
        /** The day a report of {@code year} is due: in the year after it, or in that year (每年12月报送). */
        public LocalDate dueFor(Integer year) {
            return year == null ? null : LocalDate.of(sameYear ? year : year + 1, month, day);
        }
    }

    public Criterion {
        levels = Set.copyOf(levels);
        indicators = List.copyOf(indicators);
        indicatorNames = Map.copyOf(indicatorNames);
        claim = List.copyOf(claim);
        remedies = Map.copyOf(remedies);
        aliases = List.copyOf(aliases);
        onlyIfStated = Map.copyOf(onlyIfStated);
    }

    /** The remedy for a unit of {@code level} on the first of {@code lineage}: the level's own wording, else the nearest profile's. */
    public Remedy remedyFor(String level, List<String> lineage) {
        Remedy own = remedies.get(level);
        for (int i = 0; own == null && i < lineage.size(); i++) {
            own = remedies.get(lineage.get(i));
        }
        return own != null ? own : remedy;
    }

    public boolean appliesTo(String profile) {
        return levels.contains(profile);
    }

    /** True when it applies to a unit on the first of {@code lineage}, as its own criterion or one it is like. */
    public boolean appliesTo(List<String> lineage) {
        for (String p : lineage) {
            if (levels.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The one indicator of a RATE or COUNT criterion. */
    public String indicator() {
        return indicators.isEmpty() ? "" : indicators.get(0);
    }

    public double targetValue() {
        return target == null ? 0 : target;
    }

    /** 每低1个百分点（每少1项）扣{deduct}分，扣完为止 (or 累计不超过 the cap): a part of a unit short counts as a whole one. */
    public double pointsBelowTarget(double value) {
        double shortfall = Math.ceil(targetValue() - value - 1e-9);
        return pointsAfter(Math.max(0, shortfall) * deduct);
    }

    /** For LIMIT: 每高于{target}个百分点扣{deduct}分 (a part of a point counts as a whole one), at most the cap. */
    public double pointsAboveLimit(double value) {
        return pointsAfter(Math.max(0, Math.ceil(value - targetValue() - 1e-9)) * deduct);
    }

    /** For ALL_OF: points left when {@code missing} of the flags are not stated. */
    public double pointsWithMissing(int missing) {
        return pointsAfter(missing * deduct);
    }

    /** Points left when the report shows nothing: none, or what the cap leaves. */
    public double pointsWhenNotReported() {
        return pointsAfter(points);
    }

    /** For a deduction item: the points {@code items} stated cost the total, at most the cap. */
    public double deductionFor(double items) {
        double lost = Math.max(0, items) * deduct;
        return cap == null ? lost : Math.min(cap, lost);
    }

    private double pointsAfter(double lost) {
        return Math.max(0, points - (cap == null ? lost : Math.min(cap, lost)));
    }

    /** True when it applies to the unit only if the report states one of {@code onlyIfStated}'s keys for its profile. */
    public boolean conditional(List<String> lineage) {
        return lineage.stream().anyMatch(onlyIfStated::containsKey);
    }

    /** Whether the report states what makes it apply: one of the keys for the unit's profile, at a value above 0. */
    public boolean conditionMet(List<String> lineage, Map<String, ReportFact> facts) {
        for (String p : lineage) {
            List<String> keys = onlyIfStated.get(p);
            if (keys != null) {
                return keys.stream().map(facts::get).anyMatch(f -> f != null && f.number() > 0);
            }
        }
        return true;
    }

    /** True when a stated rate is {@code tolerance} points or more from part / whole. */
    public boolean contradicts(double statedRate, double part, double whole) {
        double allowed = consistency == null ? 0 : consistency.tolerance();
        return whole > 0 && Math.abs(part * 100 / whole - statedRate) >= allowed;
    }

    public String nameOf(String key) {
        return indicatorNames.getOrDefault(key, key);
    }
}
