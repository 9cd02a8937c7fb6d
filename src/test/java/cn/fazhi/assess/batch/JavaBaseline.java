package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.CriterionFacts;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Findings;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.UnitInfo;
import cn.fazhi.assess.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checklist decided by a plain Java loop instead of the rules: the same methods, through the same
 * {@link Findings} and the same aggregation, so the benchmark compares like with like. It must give the same
 * findings as the rules on every criterion and outcome; a test checks that on every case the rules are proved on.
 */
final class JavaBaseline {
    private final Checklist checklist;
    private final ScoringEngine engine;

    JavaBaseline(Checklist checklist, ScoringEngine engine) {
        this.checklist = checklist;
        this.engine = engine;
    }

    Scorecard score(ReportFacts report) {
        UnitInfo unit = engine.unitOf(report);
        List<Finding> findings = new ArrayList<>(checklist.criteria().size());
        for (Criterion c : checklist.criteria()) {
            findings.add(decide(c, unit, report.facts()));
        }
        return engine.aggregate(report, unit, findings);
    }

    static Finding decide(Criterion c, UnitInfo unit, Map<String, ReportFact> facts) {
        CriterionFacts f = CriterionFacts.of(c, unit, facts);
        if (!f.ofProfile()) {
            return Findings.notApplicable(c, "level-not-applicable", unit);
        }
        if (!f.applicable()) {
            return Findings.notApplicable(c, "not-stated-not-applicable", unit);
        }
        List<ReportFact> stated = f.stated();
        Method m = c.method();
        if (m.equals(Method.MANUAL)) {
            return Findings.manual(c, "manual-check");
        } else if (m.equals(Method.PRESENCE)) {
            if (stated.isEmpty()) {
                return c.silentManual() ? Findings.silentOutcome(c, "presence-silent-manual") : Findings.notReported(c, "presence-not-reported");
            }
            return Findings.met(c, "presence-met", stated);
        } else if (m.isQuantity()) {
            return quantity(c, f);
        } else if (m.equals(Method.ALL_OF)) {
            return stated.isEmpty() ? Findings.notReported(c, "all-of-not-reported")
                    : stated.size() == c.indicators().size() ? Findings.met(c, "all-of-met", stated)
                    : Findings.someMissing(c, "all-of-some-missing", stated);
        } else if (m.equals(Method.VETO)) {
            return stated.isEmpty() ? Findings.vetoUnknown(c, "veto-not-stated") : Findings.vetoTriggered(c, "veto-triggered", stated);
        } else if (m.equals(Method.BONUS)) {
            return stated.isEmpty() ? Findings.bonusNotEarned(c, "bonus-not-earned") : Findings.bonusEarned(c, "bonus-earned", stated);
        } else if (m.equals(Method.CONSISTENCY)) {
            return consistency(c, f);
        } else if (m.equals(Method.DEDUCTION)) {
            return f.figure() == null ? Findings.vetoUnknown(c, "deduction-not-stated") : Findings.deducted(c, "deduction-stated", f.figure());
        } else if (m.equals(Method.DEADLINE)) {
            return deadline(c, f);
        } else if (m.equals(Method.LIMIT)) {
            return limit(c, f);
        }
        throw new IllegalStateException("the Java loop knows the built-in methods only, not '" + m + "' of " + c.id());
    }

    private static Finding quantity(Criterion c, CriterionFacts f) {
        ReportFact v = f.figure();
        if (v != null) {
            return v.number() >= c.targetValue() ? Findings.met(c, "quantity-met", List.of(v))
                    : Findings.belowTarget(c, "quantity-below-target", v);
        }
        if (f.exemption() != null) {
            return Findings.exempt(c, "quantity-exempt", f.exemption());
        }
        if (f.computedRate() != null) {
            return f.computedRate() >= c.targetValue()
                    ? Findings.computedMet(c, "quantity-computed-met", List.of(f.whole(), f.part()))
                    : Findings.computedBelowTarget(c, "quantity-computed-below-target", f.computedRate(), List.of(f.whole(), f.part()));
        }
        if (!f.claims().isEmpty()) {
            return Findings.claimedNotQuantified(c, "quantity-claimed-not-quantified", f.claims());
        }
        return c.silentManual() ? Findings.silentOutcome(c, "quantity-silent-manual") : Findings.notReported(c, "quantity-not-reported");
    }

    private static Finding limit(Criterion c, CriterionFacts f) {
        ReportFact v = f.figure();
        if (v != null) {
            return v.number() <= c.targetValue() ? Findings.met(c, "limit-met", List.of(v)) : Findings.aboveLimit(c, "limit-exceeded", v);
        }
        return f.claims().isEmpty() ? Findings.silentOutcome(c, "limit-silent") : Findings.admittedHigh(c, "limit-admitted", f.claims());
    }

    private static Finding deadline(Criterion c, CriterionFacts f) {
        if (f.due() == null || f.published() == null && f.written() == null) {
            return Findings.manual(c, "deadline-no-date");
        }
        if (f.published() != null) {
            return f.isPublishedLate() ? Findings.late(c, "deadline-published-late", f.published(), f.due())
                    : Findings.publishedInTime(c, "deadline-published-in-time", f.published());
        }
        return f.isWrittenLate() ? Findings.late(c, "deadline-written-late", f.written(), f.due())
                : Findings.writtenInTime(c, "deadline-written-in-time", f.written());
    }

    private static Finding consistency(Criterion c, CriterionFacts f) {
        ReportFact whole = f.whole();
        ReportFact part = f.part();
        if (whole == null || part == null) {
            return Findings.notCheckable(c, "consistency-not-checkable");
        }
        if (part.number() > whole.number()) {
            return Findings.partExceedsWhole(c, "consistency-part-exceeds-whole", whole, part);
        }
        ReportFact other = f.otherPart();
        if (other != null && part.number() + other.number() > whole.number()) {
            return Findings.partsExceedWhole(c, "consistency-parts-exceed-whole", whole, part, other);
        }
        ReportFact rate = f.statedRate();
        if (rate != null && whole.number() > 0 && c.contradicts(rate.number(), part.number(), whole.number())) {
            return Findings.rateContradicts(c, "consistency-rate-contradicts", whole, part, rate);
        }
        return Findings.met(c, "consistency-met", List.of(whole, part));
    }
}
