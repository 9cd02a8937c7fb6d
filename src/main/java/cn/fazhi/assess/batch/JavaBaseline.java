package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Findings;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.UnitInfo;
import cn.fazhi.assess.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The bundled checklist decided by a plain Java loop instead of the rules: the same verdicts through the same
 * {@link Findings} and the same aggregation, so the benchmark compares like with like. It must give the same
 * scorecards; the benchmark checks that report by report before timing either. Bundled checklist only: its
 * custom criteria (A6, A7, G1, G5) are written out here as they are in rules/.
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
        Map<String, ReportFact> f = report.facts();
        List<Finding> findings = new ArrayList<>(checklist.criteria().size());
        for (Criterion c : checklist.criteria()) {
            findings.add(c.appliesTo(unit.profile()) ? decide(c, f) : Findings.notApplicable(c, "level-not-applicable", unit));
        }
        return engine.aggregate(report, unit, findings);
    }

    private static Finding decide(Criterion c, Map<String, ReportFact> f) {
        List<ReportFact> stated = stated(c.indicators(), f);
        return switch (c.method()) {
            case MANUAL -> Findings.manual(c, "manual-check");
            case PRESENCE -> stated.isEmpty() ? Findings.notReported(c, "presence-not-reported") : Findings.met(c, "presence-met", stated);
            case RATE, COUNT -> quantity(c, f, "quantity-");
            case ALL_OF -> stated.isEmpty() ? Findings.notReported(c, "all-of-not-reported")
                    : stated.size() == c.indicators().size() ? Findings.met(c, "all-of-met", stated)
                    : Findings.someMissing(c, "all-of-some-missing", stated);
            case VETO -> stated.isEmpty() ? Findings.vetoUnknown(c, "veto-not-stated") : Findings.vetoTriggered(c, "veto-triggered", stated);
            case BONUS -> stated.isEmpty() ? Findings.bonusNotEarned(c, "bonus-not-earned") : Findings.bonusEarned(c, "bonus-earned", stated);
            case CUSTOM -> custom(c, f);
        };
    }

    private static Finding quantity(Criterion c, Map<String, ReportFact> f, String prefix) {
        ReportFact v = f.get(c.indicator());
        if (v != null) {
            return v.number() >= c.targetValue() ? Findings.met(c, prefix + "met", List.of(v)) : Findings.belowTarget(c, prefix + "below-target", v);
        }
        List<ReportFact> claims = stated(c.claim(), f);
        return claims.isEmpty() ? Findings.notReported(c, prefix + "not-reported")
                : Findings.claimedNotQuantified(c, prefix + "claimed-not-quantified", claims);
    }

    private static Finding custom(Criterion c, Map<String, ReportFact> f) {
        return switch (c.id()) {
            case "A6" -> consistency(c, f.get("dispute.mediation_cases"), f.get("dispute.mediation_successes"),
                    f.get("dispute.mediation_success_rate"));
            case "A7" -> reconsideration(c, f.get("dispute.reconsideration_cases"), f.get("dispute.reconsideration_accepted"),
                    f.get("dispute.reconsideration_rejected"));
            case "G1" -> courtAppearance(c, f);
            case "G5" -> mediation(c, f);
            default -> throw new IllegalStateException("no Java version of custom criterion " + c.id());
        };
    }

    private static Finding consistency(Criterion c, ReportFact n, ReportFact s, ReportFact r) {
        if (n == null || s == null) {
            return Findings.notCheckable(c, "A6-not-checkable");
        }
        if (s.number() > n.number()) {
            return Findings.dataDoubt(c, "A6-successes-exceed-cases", "调解成功" + Numbers.format(s.number()) + "件，多于调解总数"
                    + Numbers.format(n.number()) + "件", List.of(n, s));
        }
        if (r != null && n.number() > 0 && c.contradicts(r.number(), s.number(), n.number())) {
            return Findings.dataDoubt(c, "A6-rate-contradicts-counts", "调解" + Numbers.format(n.number()) + "件、成功"
                    + Numbers.format(s.number()) + "件，据此计算成功率为" + Numbers.format(s.number() * 100 / n.number())
                    + "%，报告称" + Numbers.format(r.number()) + "%", List.of(n, s, r));
        }
        return Findings.met(c, "A6-consistent", List.of(n, s));
    }

    private static Finding reconsideration(Criterion c, ReportFact n, ReportFact a, ReportFact r) {
        if (n == null || a == null) {
            return Findings.notCheckable(c, "A7-not-checkable");
        }
        if (a.number() > n.number()) {
            return Findings.dataDoubt(c, "A7-accepted-exceeds-received", "受理" + Numbers.format(a.number()) + "件，多于收到的"
                    + Numbers.format(n.number()) + "件", List.of(n, a));
        }
        if (r != null && r.number() + a.number() > n.number()) {
            return Findings.dataDoubt(c, "A7-sum-exceeds-received", "收到" + Numbers.format(n.number()) + "件，受理"
                    + Numbers.format(a.number()) + "件、不予受理" + Numbers.format(r.number()) + "件", List.of(n, a, r));
        }
        return Findings.met(c, "A7-consistent", List.of(n, a));
    }

    private static Finding courtAppearance(Criterion c, Map<String, ReportFact> f) {
        if (f.containsKey(c.indicator())) {
            return quantity(c, f, "G1-");
        }
        ReportFact lawsuits = f.get("dispute.litigation_cases");
        if (lawsuits != null && lawsuits.number() == 0) {
            return Findings.metBecause(c, "G1-no-lawsuits", "本年度无行政诉讼案件，无需出庭应诉", List.of(lawsuits));
        }
        return quantity(c, f, "G1-");
    }

    private static Finding mediation(Criterion c, Map<String, ReportFact> f) {
        if (f.containsKey(c.indicator())) {
            return quantity(c, f, "G5-");
        }
        ReportFact n = f.get("dispute.mediation_cases");
        ReportFact s = f.get("dispute.mediation_successes");
        if (n != null && n.number() > 0 && s != null) {
            double rate = s.number() * 100 / n.number();
            return rate >= c.targetValue()
                    ? Findings.metBecause(c, "G5-computed-met", "报告未直接给出成功率，按调解件数和成功件数计算已达标", List.of(n, s))
                    : Findings.computedBelowTarget(c, "G5-computed-below-target", rate, List.of(n, s));
        }
        List<ReportFact> claims = stated(c.claim(), f);
        return claims.isEmpty() ? Findings.notReported(c, "G5-not-reported")
                : Findings.claimedNotQuantified(c, "G5-claimed-not-quantified", claims);
    }

    private static List<ReportFact> stated(Collection<String> keys, Map<String, ReportFact> f) {
        List<ReportFact> out = new ArrayList<>(2);
        for (String k : keys) {
            ReportFact v = f.get(k);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
