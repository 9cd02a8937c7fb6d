package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole checklist: indicators, categories with their criteria, level profiles and grade bands.
 *
 * @param profiles     unit level → profile (county, township, department)
 * @param totalPoints  the points a county-profile unit can earn; totals are normalized to it
 * @param bonusCap     the most 附加项 points a unit can add
 * @param grades       grade bands, highest first
 */
public record Checklist(String name, double totalPoints, double bonusCap, Map<String, String> profiles,
                        List<Grade> grades, Map<String, Indicator> indicators, List<Category> categories)
        implements Serializable {

    public Checklist {
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        grades = List.copyOf(grades);
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        categories = List.copyOf(categories);
    }

    public List<Criterion> criteria() {
        return categories.stream().flatMap(c -> c.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** This checklist's id for a criterion id of this or an earlier checklist (its alias); the id itself when unknown. */
    public String currentId(String id) {
        for (Criterion c : criteria()) {
            if (c.id().equals(id) || c.aliases().contains(id)) {
                return c.id();
            }
        }
        return id;
    }

    public Optional<String> profileOf(String level) {
        return Optional.ofNullable(profiles.get(level));
    }

    public String gradeFor(double total) {
        return grades.stream().filter(g -> total >= g.min()).findFirst()
                .map(Grade::name).orElse(lowestGrade());
    }

    public String lowestGrade() {
        return grades.get(grades.size() - 1).name();
    }
}
