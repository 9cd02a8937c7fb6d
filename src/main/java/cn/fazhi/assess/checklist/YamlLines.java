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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of every key in a YAML file, by JSON pointer (/categories/0/criteria/1/points), so that
 * errors found after binding can still name the line. Bound records lose positions; this keeps them.
 */
final class YamlLines {
    private final Map<String, Integer> lines;
    // a category's or criterion's id → the pointer of its entry: a variant's entries sit at other indices than the
    // merged checklist's, so a problem is placed by the id it names
    private final Map<String, String> entries;

    private YamlLines(Map<String, Integer> lines, Map<String, String> entries) {
        this.lines = lines;
        this.entries = entries;
    }

    static YamlLines of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new YAMLFactory().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING && "id".equals(p.currentName()) && p.getParsingContext().getParent() != null
                        && p.getParsingContext().getParent().inArray()) {
                    // an id given twice places nothing: the indices do
                    String was = entries.putIfAbsent(p.getText(), p.getParsingContext().getParent().pathAsPointer().toString());
                    if (was != null) {
                        entries.put(p.getText(), "");
                    }
                }
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
        return new YamlLines(lines, entries);
    }

    /**
     * The line of a key path such as "categories[0].criteria[1] (X2).points": of the entry with id X2 when this file
     * has one (its points, else its first line), else by the indices; -1 when the file has neither.
     */
    int lineOf(String keyPath) {
        Matcher named = Pattern.compile("\\(([^)]*)\\)([^()]*)$").matcher(keyPath);
        if (named.find() && !entries.getOrDefault(named.group(1), "").isEmpty()) {
            String rest = named.group(2).replace("[", "/").replace("]", "").replace('.', '/');
            int line = lineAt(entries.get(named.group(1)) + rest);
            if (line > 0) {
                return line;
            }
        }
        if (lines.containsKey("/extends") && keyPath.startsWith("categories[")) {
            return -1; // a variant's entries are not at the merged checklist's indices: better no line than a wrong one
        }
        String pointer = "/" + keyPath.replaceAll(" \\([^)]*\\)", "").replace("[", "/").replace("]", "")
                .replace('.', '/');
        return lineAt(pointer);
    }

    private int lineAt(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
        }
        return -1;
    }
}
