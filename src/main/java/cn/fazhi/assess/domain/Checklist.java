package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole checklist: indicators, categories with their criteria, level profiles and grade bands.
 *
 * @param profiles     who is scored on which criteria: a profile per level and kinds of unit within them
 * @param totalPoints  the points a county-profile unit can earn; totals are normalized to it
 * @param bonusCap     the most 附加项 points a unit can add
 * @param grades       grade bands, highest first
 */
public record Checklist(String name, double totalPoints, double bonusCap, List<Profile> profiles,
                        List<Grade> grades, Map<String, Indicator> indicators, List<Category> categories)
        implements Serializable {

    public Checklist {
        profiles = List.copyOf(profiles);
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

    /** The unit levels the checklist scores, in its order. */
    public List<String> levels() {
        return profiles.stream().flatMap(p -> p.levels().stream()).distinct().toList();
    }

    public Optional<Profile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The profile a unit of {@code level} named {@code unitName} is scored on: a kind of the level's profile whose
     * names the unit's name contains (the first in the checklist's order), else the level's profile; empty for a level
     * the checklist does not score.
     */
    public Optional<Profile> profileFor(String level, String unitName) {
        Optional<Profile> base = profiles.stream().filter(p -> p.levels().contains(level)).findFirst();
        if (base.isEmpty()) {
            return base;
        }
        return profiles.stream().filter(p -> p != base.get() && lineage(p.id()).contains(base.get().id()) && p.namedIn(unitName))
                .findFirst().or(() -> base);
    }

    /** The profile and those it is {@code like}, nearest first: the profiles whose criteria it is scored on. */
    public List<String> lineage(String id) {
        List<String> line = new ArrayList<>();
        for (String at = id; at != null && !line.contains(at); at = profile(at).map(Profile::like).orElse(null)) {
            line.add(at);
        }
        return List.copyOf(line);
    }

    /** A level a unit on this profile has: the profile's own first level, else its nearest ancestor's. */
    public Optional<String> levelOf(String profileId) {
        return lineage(profileId).stream().map(this::profile).flatMap(Optional::stream)
                .flatMap(p -> p.levels().stream()).findFirst();
    }

    public String gradeFor(double total) {
        return grades.stream().filter(g -> total >= g.min()).findFirst()
                .map(Grade::name).orElse(lowestGrade());
    }

    public String lowestGrade() {
        return grades.get(grades.size() - 1).name();
    }
}
