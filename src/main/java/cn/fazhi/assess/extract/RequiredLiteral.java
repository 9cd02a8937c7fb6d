package cn.fazhi.assess.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The longest run of plain characters every match of a regex must contain — read off the top level of
 * the pattern, outside groups, classes and quantified characters — so a line lacking it can be skipped
 * without running the regex. A pattern with a top-level alternative has none.
 * <p>
 * {@link #alternatives} reads the same level for groups of literals one of which every match must contain
 * ({@code (印发|制定|出台)}): a pattern that starts with such a group has no literal of its own to filter on.
 */
final class RequiredLiteral {
    private RequiredLiteral() {
    }

    static Optional<String> of(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                boolean literal = i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1));
                if (depth == 0 && !inClass && literal && !quantified(regex, i + 2)) {
                    run.append(regex.charAt(i + 1));
                } else {
                    best = longer(best, run);
                    run.setLength(0);
                }
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    best = longer(best, run);
                    run.setLength(0);
                }
                case '(' -> {
                    depth++;
                    best = longer(best, run);
                    run.setLength(0);
                }
                case ')' -> depth--;
                case '{' -> {
                    best = longer(best, run);
                    run.setLength(0);
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
                case '|' -> {
                    if (depth == 0) {
                        return Optional.empty();
                    }
                }
                default -> {
                    if (depth > 0 || "?*+{}.^$".indexOf(c) >= 0 || quantified(regex, i + 1)) {
                        best = longer(best, run);
                        run.setLength(0);
                    } else {
                        run.append(c);
                    }
                }
            }
        }
        best = longer(best, run);
        return best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    /**
     * For each top-level group that is neither optional, repeated nor a lookaround, and whose every alternative has a
     * required literal: those literals. Every match contains one literal of each list. Empty when the pattern has a
     * top-level alternative.
     */
    static List<List<String>> alternatives(String regex) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '|') {
                return List.of();
            }
            if (c == '(') {
                int close = next(regex, i) - 1;
                if (close < 0) {
                    return List.of();
                }
                literalsOf(regex.substring(i + 1, close), quantified(regex, close + 1)).ifPresent(groups::add);
            }
        }
        return groups;
    }

    private static Optional<List<String>> literalsOf(String group, boolean quantified) {
        String body = group;
        if (body.startsWith("?:")) {
            body = body.substring(2);
        } else if (body.startsWith("?<") && body.length() > 2 && Character.isLetter(body.charAt(2))) {
            body = body.substring(body.indexOf('>') + 1);
        } else if (body.startsWith("?")) {
            return Optional.empty(); // a lookaround or inline flags: nothing that must be in the match
        }
        if (quantified) {
            return Optional.empty();
        }
        List<String> alternatives = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < body.length(); i = next(body, i)) {
            if (body.charAt(i) == '|') {
                alternatives.add(body.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(body.substring(from));
        List<String> literals = new ArrayList<>();
        for (String alternative : alternatives) {
            Optional<String> literal = of(alternative);
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            literals.add(literal.get());
        }
        return Optional.of(literals);
    }

    /**
     * The index just past the atom at {@code i} — an escape, a character class, a whole group or one character — or 0
     * when a group is not closed.
     */
    private static int next(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 2;
        }
        if (c == '[') {
            int j = i + 1;
            while (j < regex.length() && regex.charAt(j) != ']') {
                j += regex.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        if (c == '(') {
            int j = i + 1;
            while (j < regex.length() && regex.charAt(j) != ')') {
                j = next(regex, j);
                if (j == 0) {
                    return 0;
                }
            }
            return j < regex.length() ? j + 1 : 0;
        }
        return i + 1;
    }

    /** Whether the atom ending just before {@code next} is optional or repeated. */
    private static boolean quantified(String regex, int next) {
        return next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
