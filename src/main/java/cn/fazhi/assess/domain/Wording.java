package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The words of the gaps and notes the methods write, from criteria.yaml's {@code wording:} (a criterion's own
 * {@code wording:} entries override the checklist's). Templates name their blanks in braces: {indicator}, {target} …
 */
public record Wording(Map<String, String> templates) implements Serializable {
    /** Every key a checklist's wording must give (their blanks: see criteria.yaml's wording). */
    public static final Set<String> REQUIRED = Set.of("not_stated", "not_reported", "claimed_not_quantified",
            "target_rate", "target_count", "not_applicable", "veto_unknown", "data_doubt", "not_checkable",
            "computed_below_target");
    /** Keys a criterion gives when its parameters need them. */
    public static final Set<String> OWN = Set.of("exempt", "computed_met", "part_exceeds_whole", "parts_exceed_whole",
            "rate_contradicts", "unless_stated", "published_late", "written_late", "written_only", "admitted", "when_silent");

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
