package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What extraction found in one report: its meta, its facts (in the checklist's indicator order) with the
 * section each came from, and notes.
 */
public record Extraction(String source, String unit, String level, Integer year,
                         Map<String, ExtractedFact> facts, List<String> warnings, boolean ruleOfLawReport) {
    public Extraction {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        warnings = List.copyOf(warnings);
    }

    public ReportFacts toReportFacts() {
        Map<String, ReportFact> plain = facts.values().stream()
                .collect(Collectors.toMap(f -> f.fact().key(), ExtractedFact::fact));
        return new ReportFacts(source, unit, level, year, plain, warnings);
    }
}
