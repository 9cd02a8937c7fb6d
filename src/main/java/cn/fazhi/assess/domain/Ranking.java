package cn.fazhi.assess.domain;

import java.util.List;

/**
 * A batch's result: units best first with their rank (equal totals share a rank), the most common gaps,
 * the inputs that failed, and notes (two reports of one unit …).
 */
public record Ranking(String checklist, List<Ranked> units, List<CommonGap> commonGaps, List<FailedInput> failures,
                      List<String> notes) {
    public Ranking {
        units = List.copyOf(units);
        commonGaps = List.copyOf(commonGaps);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public record Ranked(int rank, UnitSummary unit) {
    }
}
