package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.Normalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One report's extraction against a careful human reading (the gold files' shape): facts of the core
 * vocabulary (rates within 0.05, counts exact, flags true; `uncertain:` entries are not scored, a key the
 * reading neither lists nor leaves uncertain is an extra), and unit, level and year.
 */
final class GoldComparison {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Set<String> VOCABULARY = vocabulary();

    record Row(String report, String unit, String level, int tp, int fp, int fn,
               boolean unitRight, boolean levelRight, boolean yearRight, List<String> misses) {
        boolean metaRight() {
            return unitRight && levelRight && yearRight;
        }
    }

    private GoldComparison() {
    }

    static JsonNode read(Path gold) {
        try {
            return YAML.readTree(gold.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Row compare(String report, JsonNode gold, Extraction extraction) {
        JsonNode facts = gold.get("facts");
        JsonNode uncertain = gold.path("uncertain");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            ExtractedFact found = extraction.facts().get(g.getKey());
            if (found != null && same(found.fact().value(), g.getValue().get("value"))) {
                tp++;
            } else {
                fn++;
                fp += found == null ? 0 : 1;
                misses.add(report + " " + g.getKey() + " want " + g.getValue().get("value") + " 「"
                        + g.getValue().path("quote").asText() + "」 got "
                        + (found == null ? "nothing" : found.fact().value() + " 「" + found.fact().quote() + "」"));
            }
        }
        for (String key : extraction.facts().keySet()) {
            if (VOCABULARY.contains(key) && !facts.has(key) && !uncertain.has(key)) {
                fp++;
                misses.add(report + " " + key + " not in the reading, got " + extraction.facts().get(key).fact().value()
                        + " 「" + extraction.facts().get(key).fact().quote() + "」");
            }
        }
        JsonNode meta = gold.get("meta");
        String unit = meta.get("unit").asText();
        boolean unitRight = extraction.unit() != null
                && Normalizer.normalize(unit).equals(Normalizer.normalize(extraction.unit()));
        boolean levelRight = meta.get("level").asText().equals(extraction.level());
        boolean yearRight = extraction.year() != null && meta.get("year").asInt() == extraction.year();
        if (!unitRight || !levelRight || !yearRight) {
            misses.add(report + " meta want " + unit + "/" + meta.get("level").asText() + "/" + meta.get("year").asInt()
                    + " got " + extraction.unit() + "/" + extraction.level() + "/" + extraction.year());
        }
        return new Row(report, unit, meta.get("level").asText(), tp, fp, fn, unitRight, levelRight, yearRight, misses);
    }

    private static boolean same(Object value, JsonNode gold) {
        if (value instanceof Boolean b) {
            return gold.isBoolean() && b == gold.booleanValue();
        }
        return value instanceof Number n && gold.isNumber() && Math.abs(n.doubleValue() - gold.doubleValue()) <= 0.05;
    }

    static double precision(List<Row> rows) {
        int tp = rows.stream().mapToInt(Row::tp).sum();
        int fp = rows.stream().mapToInt(Row::fp).sum();
        return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    static double recall(List<Row> rows) {
        int tp = rows.stream().mapToInt(Row::tp).sum();
        int fn = rows.stream().mapToInt(Row::fn).sum();
        return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    static double metaAccuracy(List<Row> rows) {
        return rows.stream().filter(Row::metaRight).count() / (double) rows.size();
    }

    static List<String> misses(List<Row> rows) {
        return rows.stream().flatMap(r -> r.misses().stream()).toList();
    }

    private static Set<String> vocabulary() {
        JsonNode facts = read(Path.of("src/test/resources/vocabulary.yaml")).get("facts");
        Set<String> keys = new TreeSet<>();
        facts.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
