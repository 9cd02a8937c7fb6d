package cn.fazhi.assess.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code wording:} of the bundled criteria.yaml, for a checklist that gives none: the words stay in one
 * place, the checklist file, and a local 细则 need not copy them.
 */
final class BundledWording {
    private static final String RESOURCE = "/fazhi/criteria.yaml";
    private static Map<String, String> words;

    private BundledWording() {
    }

    static synchronized Map<String, String> get() {
        if (words == null) {
            words = read();
        }
        return words;
    }

    private static Map<String, String> read() {
        try (InputStream in = BundledWording.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(in).path("wording");
            Map<String, String> result = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
            return Map.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled checklist's wording", e);
        }
    }
}
