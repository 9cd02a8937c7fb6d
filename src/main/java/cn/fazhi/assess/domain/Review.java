package cn.fazhi.assess.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluator did to one report: corrections of its facts, decisions on its 需人工核查 criteria, the unit's 自评分
 * as entered, and all of them as the lines every export shows. Later entries for the same fact or criterion replace
 * earlier ones.
 */
public record Review(List<Correction> corrections, List<Decision> decisions, List<ReviewEntry> entries,
                     SelfAssessment self) {
    public static final Review NONE = new Review(List.of(), List.of(), List.of());

    public Review {
        corrections = List.copyOf(corrections);
        decisions = List.copyOf(decisions);
        entries = List.copyOf(entries);
        self = self == null ? SelfAssessment.NONE : self;
    }

    public Review(List<Correction> corrections, List<Decision> decisions, List<ReviewEntry> entries) {
        this(corrections, decisions, entries, SelfAssessment.NONE);
    }

    /**
     * The report's facts as corrected (a corrected fact keeps the quote the machine read it from), with the 自评分
     * entered here over what its facts file gave.
     */
    public ReportFacts applyTo(ReportFacts report) {
        if (!self.isEmpty()) {
            report = report.withEntered(report.decisions(), report.self().with(self));
        }
        if (corrections.isEmpty()) {
            return report;
        }
        Map<String, ReportFact> facts = new HashMap<>(report.facts());
        for (Correction c : corrections) {
            ReportFact old = facts.remove(c.key());
            if (c.value() != null) {
                facts.put(c.key(), new ReportFact(c.key(), c.type(), c.value(), old == null ? "" : old.quote()));
            }
        }
        return report.withFacts(facts);
    }

    /** The findings with each corrected fact's evidence marked as the evaluator's: value, reason and time. */
    public List<Finding> marked(List<Finding> findings) {
        if (corrections.isEmpty()) {
            return findings;
        }
        Map<String, Correction> last = new HashMap<>();
        corrections.forEach(c -> last.put(c.key(), c));
        return findings.stream().map(f -> marked(f, last)).toList();
    }

    private static Finding marked(Finding f, Map<String, Correction> last) {
        List<Evidence> evidence = new ArrayList<>(f.evidence().size());
        boolean changed = false;
        for (Evidence e : f.evidence()) {
            Correction c = last.get(e.key());
            evidence.add(c == null ? e : e.correctedBy(c));
            changed |= c != null;
        }
        return changed ? f.withEvidence(evidence) : f;
    }
}
