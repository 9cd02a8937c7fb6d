package cn.fazhi.assess.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch's result: units best first with their rank (equal totals share a rank; each level ranked on its own), the most common gaps,
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

    /** Units of one level, ranked among themselves. */
    public record Group(String level, List<Ranked> units) {
    }

    /** The units by level, in ranking order; one group when all units are of one level. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        List<Ranked> current = new ArrayList<>();
        for (Ranked r : units) {
            if (!current.isEmpty() && !current.get(0).unit().level().equals(r.unit().level())) {
                groups.add(new Group(current.get(0).unit().level(), current));
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            groups.add(new Group(current.get(0).unit().level(), current));
        }
        return groups;
    }
}
