package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Category;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.domain.UnitInfo;

import java.util.List;

import static cn.fazhi.assess.domain.Numbers.round2;

/**
 * Aggregates findings: category subtotals, the total normalized over the applicable points, the
 * capped bonus, the veto and the grade. Adds no verdicts of its own.
 */
final class ScorecardBuilder {
    /** Totals are on a 100-point scale whatever the checklist's own total, so units compare. */
    static final double SCALE = 100;

    private final Checklist checklist;

    ScorecardBuilder(Checklist checklist) {
        this.checklist = checklist;
    }

    Scorecard build(ReportFacts report, UnitInfo unit, List<Finding> raw) {
        String nextYear = unit.year() == null ? "下一年度" : String.valueOf(unit.year() + 1);
        List<Finding> findings = raw.stream()
                .map(f -> f.withDeadline(f.deadline().replace("{next_year}", nextYear)))
                .toList();
        List<CategoryScore> categories = checklist.categories().stream()
                .map(c -> subtotal(c, findings)).toList();
        double points = sum(findings, true);
        double max = sum(findings, false);
        double bonus = Math.min(checklist.bonusCap(), findings.stream()
                .filter(f -> f.method() == Method.BONUS).mapToDouble(Finding::points).sum());
        double base = max > 0 ? points / max * SCALE : 0;
        double total = round2(Math.min(SCALE, base + bonus));
        double manual = findings.stream().filter(f -> f.status() == Status.MANUAL && f.method() == Method.MANUAL)
                .mapToDouble(Finding::max).sum();
        boolean veto = findings.stream().anyMatch(Finding::veto);
        String grade = veto ? checklist.lowestGrade() : checklist.gradeFor(total);
        return new Scorecard(report.source(), checklist.name(), unit.name(), unit.level(), unit.profile(),
                unit.year(), total, round2(points), round2(max), round2(bonus), round2(manual), grade, veto,
                categories, findings, report.warnings(), List.of());
    }

    private static CategoryScore subtotal(Category category, List<Finding> findings) {
        List<Finding> mine = findings.stream().filter(f -> f.category().equals(category.id())).toList();
        return new CategoryScore(category.id(), category.title(), round2(sum(mine, true)), round2(sum(mine, false)));
    }

    private static double sum(List<Finding> findings, boolean earned) {
        return findings.stream().filter(Finding::countsTowardsTotal)
                .mapToDouble(f -> earned ? f.points() : f.max()).sum();
    }
}
