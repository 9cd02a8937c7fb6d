package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a facts file in the shape of the gold files: {@code report}, {@code meta {unit, level, year}},
 * {@code facts {key: {value, quote}}}. YAML, or JSON when the name ends in .json. Unknown keys are
 * warnings; a value of the wrong type is an error naming the key. {@code uncertain:} entries are
 * not facts and are skipped.
 */
public final class FactsFileReader {
    private static final Set<String> TOP_LEVEL = Set.of("report", "meta", "facts", "uncertain", "truncated", "notes",
            "scores", "self_assessment");
    private static final Set<String> META = Set.of("unit", "level", "year", "quotes", "profile");
    private static final Set<String> FACT = Set.of("value", "quote", "section", "why", "note");
    /** Made on first use: scoring a report never reads a facts file, and Jackson is slow to start. */
    private static final class Mappers {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final Checklist checklist;

    public FactsFileReader(Checklist checklist) {
        this.checklist = checklist;
    }

    public ReportFacts read(Path file) {
        return read(parse(file, file.toString()), file.toString(), file.getFileName().toString());
    }

    /**
     * Reads facts already parsed into a tree (the workbench keeps them in its database); {@code name}
     * names them in messages and is the source when the tree names none.
     */
    public ReportFacts read(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new InputFailure(Reason.TOP_LEVEL_NOT_A_MAPPING, name);
        }
        return read(root, name, name);
    }

    /** {@code meta.unit} absent leaves the unit unnamed (null): the file name is the source, not the unit. */
    private ReportFacts read(JsonNode root, String name, String fileName) {
        List<String> warnings = new ArrayList<>();
        root.fieldNames().forEachRemaining(k -> {
            if (!TOP_LEVEL.contains(k)) {
                warnings.add(name + ": unknown key '" + k + "' ignored");
            }
        });
        JsonNode meta = root.path("meta");
        if (!meta.isMissingNode() && !meta.isObject()) {
            throw new InputFailure(Reason.META_NOT_A_MAPPING, name);
        }
        meta.fieldNames().forEachRemaining(k -> {
            if (!META.contains(k)) {
                warnings.add(name + ": meta." + k + ": unknown key ignored");
            }
        });
        String unit = text(meta.get("unit"));
        String level = text(meta.get("level"));
        Integer year = year(meta.get("year"), name);
        Map<String, ReportFact> facts = facts(root.get("facts"), name, warnings);
        String report = text(root.get("report"));
        String source = report == null || report.isBlank() ? fileName : report;
        EnteredScores entered = new EnteredScores(checklist, name);
        return new ReportFacts(source, unit, level, year, facts, warnings, text(meta.get("profile")),
                entered.decisions(root.get("scores")), entered.self(root.get("self_assessment")));
    }

    private static JsonNode parse(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                throw new InputFailure(Reason.EMPTY_FILE, name);
            }
            boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            JsonNode root = (json ? Mappers.JSON : Mappers.YAML).readTree(in);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InputFailure(Reason.NO_FACTS, name);
            }
            if (!root.isObject()) {
                throw new InputFailure(Reason.TOP_LEVEL_NOT_A_MAPPING, name);
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new InputFailure(Reason.NO_SUCH_FILE, name);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String format = name.endsWith(".json") ? "JSON" : "YAML";
            throw at == null ? new InputFailure(Reason.FACTS_MALFORMED, name, e, format, e.getOriginalMessage())
                    : InputFailure.at(Reason.FACTS_MALFORMED, name, at.getLineNr(), at.getColumnNr(), format, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputFailure(Reason.CANNOT_READ, name, e, e.getMessage());
        }
    }

    private Map<String, ReportFact> facts(JsonNode node, String name, List<String> warnings) {
        Map<String, ReportFact> facts = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            warnings.add(name + ": no facts: every criterion will read as not reported");
            return facts;
        }
        if (!node.isObject()) {
            throw new InputFailure(Reason.FACTS_NOT_A_MAPPING, name);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            Indicator indicator = checklist.indicators().get(key);
            if (indicator == null) {
                warnings.add(name + ": facts." + key + ": unknown fact key, ignored (not an indicator of the checklist)");
                continue;
            }
            JsonNode entry = e.getValue();
            JsonNode value = entry != null && entry.isObject() ? entry.get("value") : entry;
            if (entry != null && entry.isObject()) {
                entry.fieldNames().forEachRemaining(k -> {
                    if (!FACT.contains(k)) {
                        warnings.add(name + ": facts." + key + "." + k + ": unknown key ignored");
                    }
                });
            }
            Object typed = FactValues.typed(indicator, value, name, key);
            if (typed != null) {
                String quote = entry != null && entry.isObject() ? text(entry.get("quote")) : null;
                facts.put(key, new ReportFact(key, indicator.type(), typed, quote));
            }
        }
        return facts;
    }

    private static Integer year(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        OptionalDouble year = Numbers.parse(text);
        if (year.isEmpty() || !Numbers.format(year.getAsDouble()).matches("(19|20)\\d\\d")) {
            throw new InputFailure(Reason.META_YEAR_INVALID, name, text);
        }
        return (int) year.getAsDouble();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
