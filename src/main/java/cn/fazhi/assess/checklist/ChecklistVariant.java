package cn.fazhi.assess.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist that says {@code extends:} — this year's 细则 of a province as "the default with these changes" — laid
 * over its base: profiles, wording and indicators key by key (a key set to null is dropped); categories and their
 * criteria by id (an entry with {@code drop: true} is dropped, one the base has gets the fields given, a new one is
 * added at the end); anything else replaced.
 */
final class ChecklistVariant {
    private static final List<String> BY_KEY = List.of("profiles", "wording", "indicators");
    private static final List<String> NEW_ENTRY = List.of("title", "points", "levels", "method", "indicators", "gap", "basis");

    private final List<String> problems = new ArrayList<>();

    /** The base with the variant laid over it; {@link #problems()} says what could not be applied. */
    ObjectNode over(ObjectNode base, ObjectNode variant) {
        ObjectNode merged = base.deepCopy();
        merged.remove("extends");
        for (Iterator<Map.Entry<String, JsonNode>> it = variant.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("extends")) {
                continue;
            }
            if (BY_KEY.contains(key) && e.getValue().isObject() && merged.path(key).isObject()) {
                byKey((ObjectNode) merged.get(key), (ObjectNode) e.getValue());
            } else if (key.equals("categories") && e.getValue().isArray() && merged.path(key).isArray()) {
                merged.set(key, byId((ArrayNode) merged.get(key), (ArrayNode) e.getValue(), "categories", "criteria"));
            } else {
                merged.set(key, e.getValue());
            }
        }
        return merged;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private static void byKey(ObjectNode base, ObjectNode variant) {
        variant.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                base.remove(e.getKey());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    /** Entries matched by id; {@code children} (criteria in a category) matched the same way, one level down. */
    private ArrayNode byId(ArrayNode base, ArrayNode variant, String at, String children) {
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        for (JsonNode n : base) {
            entries.put(n.path("id").asText(), (ObjectNode) n.deepCopy());
        }
        for (JsonNode n : variant) {
            String id = n.path("id").asText("");
            if (!n.isObject() || id.isEmpty()) {
                problems.add(at + ": an entry without an id cannot be matched to the base");
                continue;
            }
            ObjectNode own = (ObjectNode) n;
            ObjectNode existing = entries.get(id);
            if (own.path("drop").asBoolean(false)) {
                if (entries.remove(id) == null) {
                    problems.add(at + " (" + id + "): drop: true, but the base has no " + id);
                }
                continue;
            }
            if (existing == null) {
                // a change to what the base does not have is a mistake (a typo of its id), unless it is a whole new entry
                List<String> missing = NEW_ENTRY.stream().filter(k -> !own.has(k)).toList();
                if (children == null && !missing.isEmpty()) {
                    problems.add(at + " (" + id + "): the base has no " + id + " to change; a new criterion also needs "
                            + String.join(", ", missing));
                    continue;
                }
                entries.put(id, own.deepCopy());
                continue;
            }
            own.fields().forEachRemaining(f -> {
                if (children != null && f.getKey().equals(children) && f.getValue().isArray() && existing.path(children).isArray()) {
                    existing.set(children, byId((ArrayNode) existing.get(children), (ArrayNode) f.getValue(),
                            at + " (" + id + ")." + children, null));
                } else {
                    existing.set(f.getKey(), f.getValue());
                }
            });
        }
        ArrayNode out = base.arrayNode();
        entries.values().forEach(out::add);
        return out;
    }
}
