package cn.fazhi.assess.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one report states: where it came from, who reported for which year, and its facts by key.
 * {@code warnings} carries what was skipped while reading it (an unknown key, say); {@code profile}, when not null,
 * is the checklist profile the evaluator chose for the unit (--profile, a facts file's meta.profile).
 * {@code decisions} are the evaluator's results on what the report cannot show (a facts file's {@code scores:}) and
 * {@code self} the unit's own scores (its {@code self_assessment:}).
 */
public record ReportFacts(String source, String unit, String level, Integer year,
                          Map<String, ReportFact> facts, List<String> warnings, String profile,
                          List<Decision> decisions, SelfAssessment self) {
    public ReportFacts {
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
        warnings = List.copyOf(warnings);
        decisions = List.copyOf(decisions);
        self = self == null ? SelfAssessment.NONE : self;
    }

    public ReportFacts(String source, String unit, String level, Integer year, Map<String, ReportFact> facts,
                       List<String> warnings) {
        this(source, unit, level, year, facts, warnings, null, List.of(), SelfAssessment.NONE);
    }

    public Collection<ReportFact> all() {
        return facts.values();
    }

    public ReportFacts withLevel(String newLevel) {
        return new ReportFacts(source, unit, newLevel, year, facts, warnings, profile, decisions, self);
    }

    public ReportFacts withProfile(String newProfile) {
        return new ReportFacts(source, unit, level, year, facts, warnings, newProfile, decisions, self);
    }

    public ReportFacts withYear(Integer newYear) {
        return new ReportFacts(source, unit, level, newYear, facts, warnings, profile, decisions, self);
    }

    public ReportFacts withFacts(Map<String, ReportFact> newFacts) {
        return new ReportFacts(source, unit, level, year, newFacts, warnings, profile, decisions, self);
    }

    /** The same report with what the evaluator entered beside it: results on 需人工核查 criteria and the unit's 自评分. */
    public ReportFacts withEntered(List<Decision> newDecisions, SelfAssessment newSelf) {
        return new ReportFacts(source, unit, level, year, facts, warnings, profile, newDecisions, newSelf);
    }
}
