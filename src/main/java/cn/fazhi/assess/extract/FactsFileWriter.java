package cn.fazhi.assess.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an extraction as a facts file in the gold-file shape — report, meta {unit, level, year},
 * facts {key: {value, quote, section}} — that a user can correct and hand back to `score`.
 */
public final class FactsFileWriter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String yaml(Extraction e) {
        return "# Facts extracted by fazhi-assess. Correct a value, or take a fact back with value: false\n"
                + "# (flags) or value: null, then: fazhi score THIS_FILE\n" + write(YAML, e);
    }

    public String json(Extraction e) {
        return write(JSON, e) + "\n";
    }

    private static String write(ObjectMapper mapper, Extraction e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", e.source());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("unit", e.unit());
        meta.put("level", e.level());
        meta.put("year", e.year());
        if (!e.metaQuotes().isEmpty()) {
            meta.put("quotes", e.metaQuotes());
        }
        root.put("meta", meta);
        Map<String, Object> facts = new LinkedHashMap<>();
        e.facts().forEach((key, f) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            Object value = f.fact().value();
            entry.put("value", value instanceof Double d && d == Math.rint(d) ? (Object) d.longValue() : value);
            entry.put("quote", f.fact().quote());
            entry.put("section", f.section().yamlName());
            facts.put(key, entry);
        });
        root.put("facts", facts);
        if (!e.warnings().isEmpty()) {
            root.put("notes", e.warnings());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
