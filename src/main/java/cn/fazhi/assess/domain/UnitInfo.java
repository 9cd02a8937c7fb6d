package cn.fazhi.assess.domain;

import java.util.List;

/**
 * The unit whose report is scored. {@code profile} decides which criteria apply: the criteria of the profile and of
 * the profiles in its {@code lineage} (a 司法局: justice, then department).
 *
 * @param lineage     the profile and those it is like, nearest first
 * @param profileName the profile's Chinese name, for what users read
 */
public record UnitInfo(String name, String level, String profile, Integer year, List<String> lineage,
                       String profileName) {

    public UnitInfo {
        lineage = List.copyOf(lineage);
    }

    /** A unit on a profile that is like no other (tests, and the checklists of one profile per level). */
    public UnitInfo(String name, String level, String profile, Integer year) {
        this(name, level, profile, year, List.of(profile), Levels.zh(profile));
    }
}
