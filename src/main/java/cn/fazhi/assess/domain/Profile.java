package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which criteria a kind of unit is scored on: a level's profile (county, township, department …) or a kind of unit
 * within one ({@code like} it, plus criteria of its own: a 司法局 is a department with 司法行政 duties), chosen by
 * {@code names} found in the unit's name or set with {@code --profile}.
 *
 * @param levels the unit levels scored on this profile when no kind's name matches (none for a kind)
 * @param like   the profile whose criteria this one also takes (共性), or null
 * @param names  patterns that find this kind in a unit's name (市场监督管理局 → market)
 */
public record Profile(String id, String zh, List<String> levels, String like, List<String> names)
        implements Serializable {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    public Profile {
        levels = List.copyOf(levels);
        names = List.copyOf(names);
    }

    public boolean namedIn(String unitName) {
        // kept as text (a record of Patterns would not equal itself read back from the precompiled checklist), compiled once
        return unitName != null && names.stream().anyMatch(p -> COMPILED.computeIfAbsent(p, Pattern::compile).matcher(unitName).find());
    }
}
