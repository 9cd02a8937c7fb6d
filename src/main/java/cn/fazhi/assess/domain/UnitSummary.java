package cn.fazhi.assess.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch keeps of one scored unit: enough for the ranking and the common gaps, not the whole
 * scorecard (which went to the unit's own workbook).
 *
 * @param lost     points lost per criterion id, for the common-gaps table
 * @param workbook the file name of the unit's 整改台账 workbook in the output folder
 */
public record UnitSummary(String source, String unit, String level, Integer year, double total, String grade,
                          boolean veto, List<CategoryScore> categories, int gaps, Map<String, Double> lost,
                          String workbook) {
    public UnitSummary {
        categories = List.copyOf(categories);
        lost = Map.copyOf(lost);
    }

    /** The summary row of a scored unit. */
    public static UnitSummary of(Scorecard card, String source, String workbook) {
        Map<String, Double> lost = new LinkedHashMap<>();
        for (Finding f : card.gaps()) {
            lost.put(f.criterion(), f.pointsLost());
        }
        return new UnitSummary(source, card.unit(), card.level(), card.year(), card.total(), card.grade(),
                card.veto(), card.categories(), card.gaps().size(), lost, workbook);
    }

    public UnitSummary withWorkbook(String name) {
        return new UnitSummary(source, unit, level, year, total, grade, veto, categories, gaps, lost, name);
    }
}
