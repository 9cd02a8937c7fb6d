package cn.fazhi.assess.domain;

import java.util.List;

/**
 * The verdict on one criterion for one unit: what was found, the points, the gap in words, what to
 * do about it, the rule that decided it and the facts it used.
 */
public record Finding(String criterion, String title, String category, Status status, double points,
                      double max, String gap, Remedy remedy,
                      String basis, String rule, List<Evidence> evidence, Method method,
                      boolean veto, boolean dataDoubt) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** Points this finding costs the unit: below its maximum, or what a 扣分项 took off the total; 0 for bonus and veto items. */
    public double pointsLost() {
        if (method == Method.DEDUCTION) {
            return -points;
        }
        return countsTowardsTotal() ? max - points : 0;
    }

    /** Regular items of an applicable, report-checkable criterion make up the total. */
    public boolean countsTowardsTotal() {
        return status != Status.NOT_APPLICABLE && status != Status.MANUAL
                && method.isRegular();
    }

    /** Belongs in the 整改台账: points lost, a veto, or data to verify. */
    public boolean needsRectification() {
        return pointsLost() > 0 || veto || dataDoubt;
    }

    /** What to do about it (整改措施). */
    public String suggestion() {
        return remedy.measures();
    }

    /** Who leads the work (牵头单位). */
    public String owner() {
        return remedy.lead();
    }

    /** By when (整改时限), counted from the assessment date; blank before the scorecard is built. */
    public String deadline() {
        return remedy.deadline() == null ? "" : remedy.deadline();
    }

    /**
     * The problem as the unit's 整改台账 states it: the checklist's words when the report shows nothing, with the
     * evaluator's verdict and reason when one decided; else the gap, which has the report's figures.
     */
    public String problem() {
        if (remedy.problem() == null) {
            return gap;
        }
        if (rule.equals("evaluator")) {
            return remedy.problem() + "（" + gap + "）";
        }
        return status == Status.NOT_REPORTED ? remedy.problem() : gap;
    }

    public Finding withEvidence(List<Evidence> replaced) {
        return new Finding(criterion, title, category, status, points, max, gap, remedy, basis, rule,
                replaced, method, veto, dataDoubt);
    }

    public Finding withRemedy(Remedy resolved) {
        return new Finding(criterion, title, category, status, points, max, gap, resolved, basis, rule, evidence, method,
                veto, dataDoubt);
    }
}
