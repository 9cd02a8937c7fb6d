package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.Map;

/**
 * The words of the gaps and notes the methods write, from criteria.yaml's {@code wording:} (a criterion's own
 * {@code wording:} entries override the checklist's). Templates name their blanks in braces: {indicator}, {target} …
 */
public record Wording(Map<String, String> templates) implements Serializable {
    /** Every key a checklist's wording must give, and the blanks each may use. */
    public static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("not_stated", ""),
            Map.entry("not_reported", "{indicator} {target_clause}"),
            Map.entry("claimed_not_quantified", "{indicator} {target_clause}"),
            Map.entry("target_rate", "{target}"),
            Map.entry("target_count", "{target}"),
            Map.entry("not_applicable", "{level} {profile}"),
            Map.entry("veto_unknown", ""),
            Map.entry("data_doubt", "{gap}"),
            Map.entry("not_checkable", "{missing}"),
            Map.entry("computed_below_target", "{gap}"));
    /** Keys a criterion gives when its parameters need them, and their blanks. */
    public static final Map<String, String> OWN = Map.of(
            "exempt", "",
            "computed_met", "",
            "part_exceeds_whole", "{whole} {part}",
            "parts_exceed_whole", "{whole} {part} {other_part}",
            "rate_contradicts", "{whole} {part} {computed} {rate}");

    public Wording {
        templates = Map.copyOf(templates);
    }

    /** The template for {@code key} with each blank named in {@code blanks} (name, value, name, value …) filled. */
    public String fill(String key, String... blanks) {
        String text = templates.get(key);
        if (text == null) {
            throw new IllegalStateException("no wording for '" + key + "' (criteria.yaml, wording:)");
        }
        for (int i = 0; i + 1 < blanks.length; i += 2) {
            text = text.replace("{" + blanks[i] + "}", blanks[i + 1]);
        }
        return text;
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }
}
