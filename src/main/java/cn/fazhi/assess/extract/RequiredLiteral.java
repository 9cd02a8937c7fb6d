package cn.fazhi.assess.extract;

import java.util.Optional;

/**
 * The longest run of plain characters every match of a regex must contain — read off the top level of
 * the pattern, outside groups, classes and quantified characters — so a line lacking it can be skipped
 * without running the regex. A pattern with a top-level alternative has none.
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

    /** Whether the atom ending just before {@code next} is optional or repeated. */
    private static boolean quantified(String regex, int next) {
        return next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
