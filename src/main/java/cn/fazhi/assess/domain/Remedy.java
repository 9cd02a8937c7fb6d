package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a unit is to do about a gap, as a row of its 整改台账 says it: the problem in the unit's terms (not the
 * score), the target, the work, its type and who leads and helps — worded for the unit's level.
 *
 * @param problem  the problem when the report does not show the thing at all; a shortfall the report states is
 *                 described by the finding's gap, which has the figures
 * @param days     the time given from the assessment date
 * @param deadline the date by which, once known (the assessment date + {@code days}); null in the checklist
 */
public record Remedy(String problem, String target, String measures, RemedyType type, int days, String lead,
                     List<String> support, String deadline) implements Serializable {
    public Remedy {
        support = List.copyOf(support);
    }

    public String supportText() {
        return String.join("、", support);
    }

    /** This remedy with its deadline counted from {@code assessedOn}. */
    public Remedy dueFrom(LocalDate assessedOn) {
        LocalDate due = assessedOn.plusDays(days);
        return new Remedy(problem, target, measures, type, days, lead, support,
                due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前");
    }
}
