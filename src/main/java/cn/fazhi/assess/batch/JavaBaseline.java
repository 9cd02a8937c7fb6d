package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;

import java.util.Map;

/**
 * The bundled checklist's regular points (a scorecard's raw points) computed by a plain Java loop instead of the rules — the yardstick the
 * benchmark compares the rule stage with. It must give the same points; the benchmark checks that first.
 */
final class JavaBaseline {
    private final Checklist checklist;

    JavaBaseline(Checklist checklist) {
        this.checklist = checklist;
    }

    double points(ReportFacts report, String profile) {
        Map<String, ReportFact> f = report.facts();
        double sum = 0;
        for (Criterion c : checklist.criteria()) {
            if (c.appliesTo(profile)) {
                sum += points(c, f);
            }
        }
        return sum;
    }

    private static double points(Criterion c, Map<String, ReportFact> f) {
        return switch (c.method()) {
            case PRESENCE -> c.indicators().stream().anyMatch(f::containsKey) ? c.points() : 0;
            case RATE, COUNT -> quantity(c, f);
            case ALL_OF -> {
                long stated = c.indicators().stream().filter(f::containsKey).count();
                yield stated == c.indicators().size() ? c.points() : stated == 0 ? 0 : c.pointsWithMissing((int) (c.indicators().size() - stated));
            }
            case MANUAL, VETO, BONUS -> 0;
            case CUSTOM -> custom(c, f);
        };
    }

    private static double quantity(Criterion c, Map<String, ReportFact> f) {
        ReportFact v = f.get(c.indicator());
        if (v != null) {
            return v.number() >= c.targetValue() ? c.points() : c.pointsBelowTarget(v.number());
        }
        return c.claim().stream().anyMatch(f::containsKey) ? Math.min(c.claimPoints(), c.points()) : 0;
    }

    private static double custom(Criterion c, Map<String, ReportFact> f) {
        if (c.points() == 0) {
            return 0;
        }
        ReportFact rate = f.get(c.indicator());
        if (rate != null) {
            return quantity(c, f);
        }
        if (c.id().equals("G1")) {
            ReportFact cases = f.get("dispute.litigation_cases");
            return cases != null && cases.number() == 0 ? c.points() : quantity(c, f);
        }
        if (c.id().equals("G5")) {
            ReportFact cases = f.get("dispute.mediation_cases");
            ReportFact ok = f.get("dispute.mediation_successes");
            if (cases != null && cases.number() > 0 && ok != null) {
                double computed = ok.number() * 100 / cases.number();
                return computed >= c.targetValue() ? c.points() : c.pointsBelowTarget(computed);
            }
        }
        return 0;
    }
}
