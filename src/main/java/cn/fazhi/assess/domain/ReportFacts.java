package cn.fazhi.assess.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one report states: where it came from, who reported for which year, and its facts by key.
 * {@code warnings} carries what was skipped while reading it (an unknown key, say).
 */
public record ReportFacts(String source, String unit, String level, Integer year,
                          Map<String, ReportFact> facts, List<String> warnings) {
    public ReportFacts {
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
        warnings = List.copyOf(warnings);
    }

    public Collection<ReportFact> all() {
        return facts.values();
    }

    public ReportFacts withLevel(String newLevel) {
        return new ReportFacts(source, unit, newLevel, year, facts, warnings);
    }
}
