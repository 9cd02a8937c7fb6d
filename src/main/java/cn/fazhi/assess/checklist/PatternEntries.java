package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.IndicatorPattern;
import cn.fazhi.assess.domain.IndicatorType;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An indicator's {@code patterns:}: each a regex string, or {regex, value} for a fixed value. A rate
 * or count pattern must capture its number as group {@code n} or carry a value; a date pattern its y, m and d.
 */
final class PatternEntries {
    private final String key;
    private final IndicatorType type;
    private final BiConsumer<String, String> problem;

    PatternEntries(String key, IndicatorType type, BiConsumer<String, String> problem) {
        this.key = key;
        this.type = type;
        this.problem = problem;
    }

    List<IndicatorPattern> parse(List<JsonNode> entries) {
        List<IndicatorPattern> patterns = new ArrayList<>();
        if (entries == null) {
            return patterns;
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = "indicators." + key + ".patterns[" + i + "]";
            JsonNode entry = entries.get(i);
            String regex = entry.isTextual() ? entry.asText() : entry.path("regex").asText(null);
            JsonNode value = entry.isObject() ? entry.get("value") : null;
            if (regex == null || regex.isBlank()) {
                problem.accept(at, "a pattern is a regex string or {regex: …, value: …}");
                continue;
            }
            try {
                Pattern compiled = Pattern.compile(regex);
                boolean numeric = type == IndicatorType.RATE || type == IndicatorType.COUNT;
                if (numeric && value == null && !regex.contains("(?<n>") && !regex.contains("(?<one>")) {
                    problem.accept(at, "a " + type.yamlName() + " pattern must capture its number as (?<n>…) (or a single item as (?<one>…)) or give a value");
                }
                if (type == IndicatorType.DATE && !(regex.contains("(?<y>") && regex.contains("(?<m>") && regex.contains("(?<d>"))) {
                    problem.accept(at, "a date pattern must capture year, month and day as (?<y>…), (?<m>…) and (?<d>…)");
                }
                patterns.add(new IndicatorPattern(compiled, value == null ? null : value.asDouble()));
            } catch (PatternSyntaxException e) {
                problem.accept(at, "not a valid regex: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        return patterns;
    }
}
