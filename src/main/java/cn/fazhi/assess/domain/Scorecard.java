package cn.fazhi.assess.domain;

import java.util.List;

/**
 * One unit's result.
 *
 * @param total        0–100: earned points normalized over the applicable points, plus the capped bonus
 * @param rawPoints    points earned before normalization
 * @param maxPoints    applicable, report-checkable points (the denominator)
 * @param manualPoints points awaiting 人工核查, outside the denominator
 * @param veto         true when a 一票否决 item was triggered; the grade is then the lowest band
 * @param review  the evaluator's corrections and verdicts behind this result (none from the command line)
 * @param assessedOn the assessment's date (yyyy-mm-dd): the 整改时限 of the gaps count from it
 * @param followUp   what became of last year's gaps, when last year's result was given; else null
 * @param profileName the Chinese name of the profile the unit was scored on (司法行政部门 …)
 * @param deductedPoints points the 扣分项 took off the total
 * @param self       the unit's own scores (自评分), {@link SelfAssessment#NONE} when it gave none
 */
public record Scorecard(String source, String checklist, String unit, String level, String profile,
                        Integer year, double total, double rawPoints, double maxPoints,
                        double bonusPoints, double manualPoints, String grade, boolean veto,
                        List<CategoryScore> categories, List<Finding> findings, List<String> warnings,
                        List<ReviewEntry> review, String assessedOn, FollowUp followUp, String profileName,
                        double deductedPoints, SelfAssessment self) {

    public Scorecard(String source, String checklist, String unit, String level, String profile, Integer year,
                     double total, double rawPoints, double maxPoints, double bonusPoints, double manualPoints,
                     String grade, boolean veto, List<CategoryScore> categories, List<Finding> findings,
                     List<String> warnings, List<ReviewEntry> review, String assessedOn, FollowUp followUp) {
        this(source, checklist, unit, level, profile, year, total, rawPoints, maxPoints, bonusPoints, manualPoints, grade,
                veto, categories, findings, warnings, review, assessedOn, followUp, Levels.zh(profile), 0, SelfAssessment.NONE);
    }

    public Scorecard {
        self = self == null ? SelfAssessment.NONE : self;
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        review = List.copyOf(review);
    }

    /** The same result with the evaluator's corrections and verdicts on record. */
    public Scorecard withReview(List<ReviewEntry> made) {
        return new Scorecard(source, checklist, unit, level, profile, year, total, rawPoints, maxPoints, bonusPoints,
                manualPoints, grade, veto, categories, findings, warnings, made, assessedOn, followUp, profileName, deductedPoints, self);
    }

    /** The same result with findings changed in what they show, not in their points (evidence marked, say). */
    public Scorecard withFindings(List<Finding> shown) {
        return new Scorecard(source, checklist, unit, level, profile, year, total, rawPoints, maxPoints, bonusPoints,
                manualPoints, grade, veto, categories, shown, warnings, review, assessedOn, followUp, profileName, deductedPoints, self);
    }

    /** The same result set against last year's. */
    public Scorecard withFollowUp(FollowUp previous) {
        return new Scorecard(source, checklist, unit, level, profile, year, total, rawPoints, maxPoints, bonusPoints,
                manualPoints, grade, veto, categories, findings, warnings, review, assessedOn, previous, profileName, deductedPoints, self);
    }

    /** The same result with the unit's own scores beside it. */
    public Scorecard withSelf(SelfAssessment own) {
        return new Scorecard(source, checklist, unit, level, profile, year, total, rawPoints, maxPoints, bonusPoints,
                manualPoints, grade, veto, categories, findings, warnings, review, assessedOn, followUp, profileName,
                deductedPoints, own);
    }

    /** The unit's self-assessed total: as it gave it, else the sum of what it gave itself per criterion; null if neither. */
    public Double selfTotal() {
        if (self.total() != null) {
            return self.total();
        }
        return self.byCriterion().isEmpty() ? null : Numbers.round2(self.byCriterion().values().stream().mapToDouble(Double::doubleValue).sum());
    }

    public List<Finding> gaps() {
        return findings.stream().filter(Finding::needsRectification).toList();
    }
}
