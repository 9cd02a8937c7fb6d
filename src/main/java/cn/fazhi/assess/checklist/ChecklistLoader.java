package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads criteria.yaml: binds it strictly, then validates it as a whole (see {@link ChecklistValidator}). */
public final class ChecklistLoader {
    /** Made on first use: the bundled checklist usually comes precompiled and never needs it. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Starts reading the bundled checklist's snapshot on a background thread; a later {@link #load} of that checklist
     * takes it. Call it first thing in a short-lived process.
     */
    public static void preload() {
        PrecompiledChecklist.preload();
    }

    public Checklist load(Path file) {
        Objects.requireNonNull(file, "checklist path must not be null");
        String name = file.toString();
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new ChecklistException(name + ": no such file");
        } catch (IOException e) {
            throw new ChecklistException(name + ": cannot read: " + e.getMessage());
        }
        if (content.length == 0) {
            throw new ChecklistException(name + ": the file is empty");
        }
        return PrecompiledChecklist.lookup(content).orElseGet(() -> loadYaml(file, content));
    }

    /** Binds and validates the YAML, whatever was precompiled; a checklist that extends another is laid over it first. */
    Checklist loadYaml(Path file, byte[] content) {
        String name = file.toString();
        ChecklistFile raw;
        try {
            JsonNode tree = Yaml.MAPPER.readTree(content);
            if (tree != null && tree.isObject() && tree.has("extends")) {
                tree = extended(file, (ObjectNode) tree, new ArrayList<>());
            }
            raw = tree == null ? null : Yaml.MAPPER.treeToValue(tree, ChecklistFile.class);
        } catch (JsonProcessingException e) {
            throw new ChecklistException(describe(name, e, YamlLines.of(file)));
        } catch (IOException e) {
            throw new ChecklistException(name + ": cannot read: " + e.getMessage());
        }
        if (raw == null) {
            throw new ChecklistException(name + ": the file holds no checklist");
        }
        return new ChecklistValidator(name, YamlLines.of(file)).validate(raw);
    }

    /** The checklist {@code variant} extends, read (and extended itself) and the variant laid over it. */
    private ObjectNode extended(Path file, ObjectNode variant, List<Path> chain) throws IOException {
        YamlLines lines = YamlLines.of(file);
        String at = file + at(lines, "extends");
        chain.add(file.toAbsolutePath().normalize());
        String named = variant.path("extends").asText("").strip();
        Path base = named.isEmpty() || named.equals("bundled") ? null : file.toAbsolutePath().getParent().resolve(named).normalize();
        if (base != null && chain.contains(base)) {
            throw new ChecklistException(at + ": extends: '" + named + "' goes round in a circle ("
                    + chain.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" → ")) + " → " + base.getFileName() + ")");
        }
        if (chain.size() > 5) {
            throw new ChecklistException(at + ": extends: more than five checklists deep");
        }
        byte[] content;
        if (base == null) {
            try (InputStream in = ChecklistLoader.class.getResourceAsStream("/fazhi/criteria.yaml")) {
                if (in == null) {
                    throw new ChecklistException(at + ": extends: bundled, but no checklist is bundled here");
                }
                content = in.readAllBytes();
            }
        } else if (!Files.isRegularFile(base)) {
            throw new ChecklistException(at + ": extends: '" + named + "': no such file (" + base + ")");
        } else {
            content = Files.readAllBytes(base);
        }
        JsonNode tree = Yaml.MAPPER.readTree(content);
        if (tree == null || !tree.isObject()) {
            throw new ChecklistException(at + ": extends: '" + named + "' holds no checklist");
        }
        ObjectNode baseTree = tree.has("extends") ? extended(base == null ? file : base, (ObjectNode) tree, chain) : (ObjectNode) tree;
        ChecklistVariant v = new ChecklistVariant();
        ObjectNode merged = v.over(baseTree, variant);
        if (!v.problems().isEmpty()) {
            throw new ChecklistException(v.problems().stream().map(p -> file + at(lines, p.substring(0, p.indexOf(':'))) + ": " + p).toList());
        }
        return merged;
    }

    /** ":line" of a key path in the file, or "" when it cannot be placed. */
    private static String at(YamlLines lines, String keyPath) {
        int line = lines.lineOf(keyPath);
        return line > 0 ? ":" + line : "";
    }

    static String describe(String file, JsonProcessingException e, YamlLines lines) {
        JsonLocation at = e.getLocation();
        boolean keyProblem = e instanceof UnrecognizedPropertyException
                || e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Missing required");
        int keyLine = keyProblem ? lines.lineOf(path((JsonMappingException) e)) : -1;
        String where = keyLine > 0 ? file + ":" + keyLine
                : at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return where + ": unknown key '" + u.getPropertyName() + "' at " + path(u) + " (known keys: " + known + ")";
        }
        if (e instanceof MismatchedInputException m && m.getMessage().startsWith("Missing required creator property")) {
            String key = m.getMessage().replaceFirst("(?s)Missing required creator property '([^']*)'.*", "$1");
            return where + ": missing key '" + key + "' at " + path(m);
        }
        if (e instanceof JsonMappingException m && !(m.getCause() instanceof JsonProcessingException)) {
            return where + ": wrong value at " + path(m) + ": " + e.getOriginalMessage();
        }
        return where + ": not valid YAML: " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return sb.isEmpty() ? "the top level" : sb.toString();
    }
}
