package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What extraction found in one report: its meta with the words each value was read from (metaQuotes:
 * unit, level, year), its facts (in the checklist's indicator order) with the section each came from, and notes.
 */
public record Extraction(String source, String unit, String level, Integer year, Map<String, String> metaQuotes,
                         Map<String, ExtractedFact> facts, List<String> warnings, boolean ruleOfLawReport) {
    public Extraction {
        metaQuotes = Collections.unmodifiableMap(new LinkedHashMap<>(metaQuotes));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        warnings = List.copyOf(warnings);
    }

    /** The same extraction, told by another name (an upload's own file name). */
    public Extraction withSource(String name) {
        return new Extraction(name, unit, level, year, metaQuotes, facts, warnings, ruleOfLawReport);
    }

    public ReportFacts toReportFacts() {
        Map<String, ReportFact> plain = facts.values().stream()
                .collect(Collectors.toMap(f -> f.fact().key(), ExtractedFact::fact));
        return new ReportFacts(source, unit, level, year, plain, warnings);
    }
}
