package cn.fazhi.assess.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unit's own scores (自评分), set beside the evaluated ones: a total and points per criterion, either may be missing.
 *
 * @param total       the unit's self-assessed total, or null
 * @param byCriterion criterion id → the points the unit gave itself
 */
public record SelfAssessment(Double total, Map<String, Double> byCriterion) {
    public static final SelfAssessment NONE = new SelfAssessment(null, Map.of());

    public SelfAssessment {
        byCriterion = Collections.unmodifiableMap(new TreeMap<>(byCriterion));
    }

    public boolean isEmpty() {
        return total == null && byCriterion.isEmpty();
    }

    /** These scores with {@code later}'s over them: its total when it has one, its criteria over these. */
    public SelfAssessment with(SelfAssessment later) {
        Map<String, Double> merged = new TreeMap<>(byCriterion);
        merged.putAll(later.byCriterion);
        return new SelfAssessment(later.total != null ? later.total : total, merged);
    }

    public Double of(String criterion) {
        return byCriterion.get(criterion);
    }
}
