package cn.fazhi.assess.domain;

import java.io.Serializable;
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
 * @param deduct         points lost per percentage point, per missing item or per missing flag
 * @param claim          flags that state the thing without a figure: 部分达标 with {@code claimPoints}
 * @param exemptIf       for rate and count: a fact that, when stated with its value, makes the figure needless
 * @param computeFrom    for rate: the counts whose quotient stands in for a rate the report does not state
 * @param consistency    for consistency: which indicator is the whole, the parts and the stated rate
 * @param gap            the gap template; may use {value} {target} {missing}
 * @param remedy         what to do about a gap, for a level {@code remedies} does not name
 * @param remedies       the remedy worded for a level or a profile (township, department …) where it differs
 * @param aliases        the ids it had in earlier checklists, so that last year's gaps under them are followed up
 * @param wording        the words of the method's gaps and notes (the checklist's, with this criterion's own)
 */
public record Criterion(String id, String title, String category, double points, Set<String> levels,
                        Method method, List<String> indicators, Map<String, String> indicatorNames,
                        Double target, boolean targetIsRate, double deduct, List<String> claim, double claimPoints,
                        ExemptIf exemptIf, ComputeFrom computeFrom, Consistency consistency,
                        String gap, Remedy remedy, Map<String, Remedy> remedies,
                        String basis, Wording wording, List<String> aliases) implements Serializable {

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

    public Criterion {
        levels = Set.copyOf(levels);
        indicators = List.copyOf(indicators);
        indicatorNames = Map.copyOf(indicatorNames);
        claim = List.copyOf(claim);
        remedies = Map.copyOf(remedies);
        aliases = List.copyOf(aliases);
    }

    /** The remedy for a unit of {@code level} scored on {@code profile}: the level's own wording, else the profile's. */
    public Remedy remedyFor(String level, String profile) {
        Remedy own = remedies.get(level);
        if (own != null) {
            return own;
        }
        return remedies.getOrDefault(profile, remedy);
    }

    public boolean appliesTo(String profile) {
        return levels.contains(profile);
    }

    /** The one indicator of a RATE or COUNT criterion. */
    public String indicator() {
        return indicators.isEmpty() ? "" : indicators.get(0);
    }

    public double targetValue() {
        return target == null ? 0 : target;
    }

    /** 每低1个百分点（每少1项）扣{deduct}分，扣完为止: a part of a unit short counts as a whole one. */
    public double pointsBelowTarget(double value) {
        double shortfall = Math.ceil(targetValue() - value - 1e-9);
        return Math.max(0, points - Math.max(0, shortfall) * deduct);
    }

    /** For ALL_OF: points left when {@code missing} of the flags are not stated. */
    public double pointsWithMissing(int missing) {
        return Math.max(0, points - missing * deduct);
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
