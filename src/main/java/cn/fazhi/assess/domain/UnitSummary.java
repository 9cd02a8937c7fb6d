package cn.fazhi.assess.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch keeps of one scored unit: enough for the ranking and the common gaps, not the whole
 * scorecard (which went to the unit's own workbook).
 *
 * @param lost     points lost per criterion id, for the common-gaps table
 * @param workbook the file name of the unit's 整改台账 workbook in the output folder
 * @param followUp what became of last year's gaps (outcome → how many) and the 整改率; null without last year's result
 * @param selfTotal the unit's self-assessed total (自评分), or null
 */
public record UnitSummary(String source, String unit, String level, Integer year, double total, String grade,
                          boolean veto, List<CategoryScore> categories, int gaps, Map<String, Double> lost,
                          String workbook, Rectified followUp, Double selfTotal) {
    public UnitSummary {
        categories = List.copyOf(categories);
        lost = Map.copyOf(lost);
    }

    public UnitSummary(String source, String unit, String level, Integer year, double total, String grade, boolean veto,
                       List<CategoryScore> categories, int gaps, Map<String, Double> lost, String workbook) {
        this(source, unit, level, year, total, grade, veto, categories, gaps, lost, workbook, null, null);
    }

    /** Evaluated total less the unit's own (negative: the unit scored itself higher); null without a self-assessment. */
    public Double selfDifference() {
        return selfTotal == null ? null : Numbers.round2(total - selfTotal);
    }

    /** Last year's gaps by outcome, and the share rectified. */
    public record Rectified(Map<Outcome, Long> outcomes, double rate) {
        public Rectified {
            // in the outcomes' order, so that what is written from it is the same every run
            outcomes = outcomes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outcomes));
        }

        static Rectified of(FollowUp f) {
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                if (f.count(o) > 0) {
                    counts.put(o, f.count(o));
                }
            }
            return new Rectified(counts, f.rate());
        }
    }

    /** The summary row of a scored unit. */
    public static UnitSummary of(Scorecard card, String source, String workbook) {
        Map<String, Double> lost = new LinkedHashMap<>();
        for (Finding f : card.gaps()) {
            lost.put(f.criterion(), f.pointsLost());
        }
        return new UnitSummary(source, card.unit(), card.level(), card.year(), card.total(), card.grade(),
                card.veto(), card.categories(), card.gaps().size(), lost, workbook,
                card.followUp() == null ? null : Rectified.of(card.followUp()), card.selfTotal());
    }

    public UnitSummary withWorkbook(String name) {
        return new UnitSummary(source, unit, level, year, total, grade, veto, categories, gaps, lost, name, followUp, selfTotal);
    }
}
