package cn.fazhi.assess.checklist;

import cn.fazhi.assess.checklist.ChecklistFile.ProfileEntry;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code profiles:}. Each entry is a profile — {@code county: {zh: 县级政府, levels: [county]}}, or a kind of unit
 * {@code justice: {zh: 司法行政部门, like: department, names: ['司法(局|厅)']}} — or, in the older form, a level and the
 * profile it is scored on ({@code city: county}).
 */
final class Profiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BiConsumer<String, String> problem;

    Profiles(BiConsumer<String, String> problem) {
        this.problem = problem;
    }

    List<Profile> read(Map<String, JsonNode> entries) {
        Map<String, List<String>> levelsOf = new LinkedHashMap<>();
        Map<String, ProfileEntry> own = new LinkedHashMap<>();
        entries.forEach((key, node) -> {
            if (node != null && node.isTextual()) {
                levelsOf.computeIfAbsent(node.asText(), p -> new ArrayList<>()).add(key);
            } else if (node != null && node.isObject()) {
                try {
                    own.put(key, JSON.treeToValue(node, ProfileEntry.class));
                } catch (Exception e) {
                    problem.accept("profiles." + key, "takes zh, levels, like and names (" + firstLine(e.getMessage()) + ")");
                }
            } else {
                problem.accept("profiles." + key, "must be a profile (zh, levels, like, names) or, for a level, a profile's name");
            }
        });
        List<Profile> profiles = new ArrayList<>();
        levelsOf.forEach((id, levels) -> {
            if (!own.containsKey(id)) {
                profiles.add(new Profile(id, Levels.zh(id), levels, null, List.of()));
            }
        });
        own.forEach((id, e) -> {
            List<String> levels = new ArrayList<>(e.levels() == null ? List.of() : e.levels());
            levels.addAll(levelsOf.getOrDefault(id, List.of()));
            profiles.add(new Profile(id, e.zh() == null ? Levels.zh(id) : e.zh(), levels, e.like(), names(id, e.names())));
        });
        check(profiles);
        return profiles;
    }

    private List<String> names(String id, List<String> patterns) {
        List<String> compiled = new ArrayList<>();
        for (String p : patterns == null ? List.<String>of() : patterns) {
            try {
                compiled.add(Pattern.compile(p).pattern());
            } catch (PatternSyntaxException e) {
                problem.accept("profiles." + id + ".names", "'" + p + "' is not a valid pattern: " + e.getDescription());
            }
        }
        return compiled;
    }

    private void check(List<Profile> profiles) {
        Set<String> ids = new HashSet<>();
        profiles.forEach(p -> ids.add(p.id()));
        Set<String> levels = new HashSet<>();
        for (Profile p : profiles) {
            String at = "profiles." + p.id();
            if (p.like() != null && !ids.contains(p.like())) {
                problem.accept(at + ".like", "unknown profile '" + p.like() + "'");
            }
            if (p.levels().isEmpty() && p.like() == null) {
                problem.accept(at, "needs levels (the unit levels scored on it) or like (the profile it is a kind of)");
            }
            for (String level : p.levels()) {
                if (!levels.add(level)) {
                    problem.accept(at + ".levels", "level '" + level + "' is already another profile's");
                }
            }
            if (!p.levels().isEmpty() && !p.names().isEmpty()) {
                problem.accept(at + ".names", "only a kind of unit (like:, no levels:) is found by its name");
            }
            Set<String> seen = new HashSet<>();
            for (String at2 = p.id(); at2 != null; at2 = likeOf(profiles, at2)) {
                if (!seen.add(at2)) {
                    problem.accept(at + ".like", "goes round in a circle (" + String.join(" → ", seen) + " → " + at2 + ")");
                    break;
                }
            }
        }
    }

    private static String likeOf(List<Profile> profiles, String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst().map(Profile::like).orElse(null);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
