package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Category;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Remedy;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.SelfAssessment;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.domain.UnitInfo;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import static cn.fazhi.assess.domain.Numbers.round2;

/**
 * Aggregates findings: category subtotals, the total normalized over the applicable points, the
 * capped bonus, the veto and the grade. Adds no verdicts of its own.
 */
final class ScorecardBuilder {
    /** Totals are on a 100-point scale whatever the checklist's own total, so units compare. */
    static final double SCALE = 100;

    private final Checklist checklist;
    private final List<Category> categories;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final LocalDate assessedOn;
    // criterion id + level → its remedy with the deadline: a handful of levels, shared by every report of a batch
    private final Map<String, Remedy> remedies = new ConcurrentHashMap<>();

    ScorecardBuilder(Checklist checklist, LocalDate assessedOn) {
        this.checklist = checklist;
        this.assessedOn = assessedOn;
        this.categories = checklist.categories();
        for (int i = 0; i < categories.size(); i++) {
            categoryIndex.put(categories.get(i).id(), i);
        }
    }

    // One pass over the findings, as every report of a batch goes through here. The sums are DoubleSummaryStatistics
    // (compensated, in the findings' order) so that totals stay what DoubleStream.sum() gave before.
    Scorecard build(ReportFacts report, UnitInfo unit, List<Finding> raw) {
        List<Finding> findings = new ArrayList<>(raw.size());
        DoubleSummaryStatistics[] earnedIn = sums(categories.size());
        DoubleSummaryStatistics[] maxIn = sums(categories.size());
        DoubleSummaryStatistics points = new DoubleSummaryStatistics();
        DoubleSummaryStatistics max = new DoubleSummaryStatistics();
        DoubleSummaryStatistics bonuses = new DoubleSummaryStatistics();
        DoubleSummaryStatistics manual = new DoubleSummaryStatistics();
        DoubleSummaryStatistics deductions = new DoubleSummaryStatistics();
        boolean veto = false;
        for (Finding f : raw) {
            findings.add(f.withRemedy(remedy(f.criterion(), unit)));
            if (f.countsTowardsTotal()) {
                points.accept(f.points());
                max.accept(f.max());
                Integer i = categoryIndex.get(f.category());
                if (i != null) {
                    earnedIn[i].accept(f.points());
                    maxIn[i].accept(f.max());
                }
            }
            if (f.method() == Method.BONUS) {
                bonuses.accept(f.points());
            }
            if (f.method() == Method.DEDUCTION) {
                deductions.accept(-f.points());
            }
            if (f.status() == Status.MANUAL && f.method().isRegular()) {
                manual.accept(f.max());
            }
            veto |= f.veto();
        }
        List<CategoryScore> subtotals = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            subtotals.add(new CategoryScore(c.id(), c.title(), round2(earnedIn[i].getSum()), round2(maxIn[i].getSum())));
        }
        double bonus = Math.min(checklist.bonusCap(), bonuses.getSum());
        double base = max.getSum() > 0 ? points.getSum() / max.getSum() * SCALE : 0;
        // 扣分项 come off after the total is on its 100-point scale, as the 细则 that have them count them
        double deducted = deductions.getSum();
        double total = round2(Math.max(0, Math.min(SCALE, base + bonus) - deducted));
        String grade = veto ? checklist.lowestGrade() : checklist.gradeFor(total);
        return new Scorecard(report.source(), checklist.name(), unit.name(), unit.level(), unit.profile(),
                unit.year(), total, round2(points.getSum()), round2(max.getSum()), round2(bonus), round2(manual.getSum()),
                grade, veto, subtotals, findings, report.warnings(), List.of(), assessedOn.toString(), null,
                unit.profileName(), round2(deducted), SelfAssessment.NONE);
    }

    private Remedy remedy(String criterion, UnitInfo unit) {
        return remedies.computeIfAbsent(criterion + "@" + unit.level() + "@" + unit.profile(), k -> checklist.criterion(criterion)
                .orElseThrow(() -> new IllegalStateException("a finding for " + criterion + ", which is not in the checklist"))
                .remedyFor(unit.level(), unit.lineage()).dueFrom(assessedOn));
    }

    private static DoubleSummaryStatistics[] sums(int n) {
        DoubleSummaryStatistics[] sums = new DoubleSummaryStatistics[n];
        for (int i = 0; i < n; i++) {
            sums[i] = new DoubleSummaryStatistics();
        }
        return sums;
    }
}
