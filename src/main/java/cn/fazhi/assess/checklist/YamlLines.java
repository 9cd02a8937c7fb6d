package cn.fazhi.assess.checklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key in a YAML file, by JSON pointer (/categories/0/criteria/1/points), so that
 * errors found after binding can still name the line. Bound records lose positions; this keeps them.
 */
final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new YAMLFactory().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    lines.put(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                } else if (t == JsonToken.START_OBJECT && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().inArray()) {
                    lines.putIfAbsent(p.getParsingContext().getParent().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unparseable: binding will report it with the parser's own position.
        }
        return new YamlLines(lines);
    }

    /** The line of a key path such as "categories[0].criteria[1] (X2).points", or -1. */
    int lineOf(String keyPath) {
        String pointer = "/" + keyPath.replaceAll(" \\([^)]*\\)", "").replace("[", "/").replace("]", "")
                .replace('.', '/');
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return -1;
    }
}
