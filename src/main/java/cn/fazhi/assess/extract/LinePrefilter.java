package cn.fazhi.assess.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a line must contain for a pattern to match in it — its required literal and one literal of each required group
 * ({@link RequiredLiteral}) — so that most lines are passed over without running the regex. Running a regex that
 * starts with a group or a lookbehind tries every position of the line: that was most of the patterns' time.
 *
 * @param literal the literal every match contains ("" when none)
 * @param anyOf   lists of literals, one of each contained in every match
 */
record LinePrefilter(String literal, List<List<String>> anyOf) {
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?-?[idmsuxU]");
    private static final LinePrefilter NONE = new LinePrefilter("", List.of());

    static LinePrefilter of(Pattern regex) {
        String pattern = regex.pattern();
        // case-insensitive or comment-mode patterns do not contain their literals as written
        if (regex.flags() != 0 || INLINE_FLAGS.matcher(pattern).find()) {
            return NONE;
        }
        return new LinePrefilter(RequiredLiteral.of(pattern).orElse(""), RequiredLiteral.alternatives(pattern));
    }

    boolean mayMatch(String line) {
        if (!line.contains(literal)) {
            return false;
        }
        for (List<String> group : anyOf) {
            if (!containsAny(line, group)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String line, List<String> literals) {
        for (String literal : literals) {
            if (line.contains(literal)) {
                return true;
            }
        }
        return false;
    }
}
