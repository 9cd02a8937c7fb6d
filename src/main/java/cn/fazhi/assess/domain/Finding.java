package cn.fazhi.assess.domain;

import java.util.List;

/**
 * The verdict on one criterion for one unit: what was found, the points, the gap in words, what to
 * do about it, the rule that decided it and the facts it used.
 */
public record Finding(String criterion, String title, String category, Status status, double points,
                      double max, String gap, String suggestion, String owner, String deadline,
                      String basis, String rule, List<Evidence> evidence, Method method,
                      boolean veto, boolean dataDoubt) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** Points this finding costs the unit (0 for items outside the regular total). */
    public double pointsLost() {
        return countsTowardsTotal() ? max - points : 0;
    }

    /** Regular items of an applicable, report-checkable criterion make up the total. */
    public boolean countsTowardsTotal() {
        return status != Status.NOT_APPLICABLE && status != Status.MANUAL
                && method.isRegular();
    }

    /** Belongs in the 整改清单: points lost, a veto, or data to verify. */
    public boolean needsRectification() {
        return pointsLost() > 0 || veto || dataDoubt;
    }

    public Finding withEvidence(List<Evidence> replaced) {
        return new Finding(criterion, title, category, status, points, max, gap, suggestion, owner, deadline, basis, rule,
                replaced, method, veto, dataDoubt);
    }

    public Finding withDeadline(String resolved) {
        return new Finding(criterion, title, category, status, points, max, gap, suggestion, owner,
                resolved, basis, rule, evidence, method, veto, dataDoubt);
    }
}
