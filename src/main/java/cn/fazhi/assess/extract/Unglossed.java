package cn.fazhi.assess.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line read without the pinyin that some sites' machine conversion to traditional script leaves after a
 * character ("實(shí)施方案"), so that patterns see "實施方案"; offsets map back to the line, so quotes stay verbatim.
 */
record Unglossed(String text, int[] at) {
    private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})" + UnitNames.GLOSS.pattern());

    /** The line itself when it carries no gloss. */
    static Unglossed of(String line) {
        if (line.indexOf('(') < 0) {
            return new Unglossed(line, null);
        }
        Matcher g = GLOSS.matcher(line);
        if (!g.find()) {
            return new Unglossed(line, null);
        }
        StringBuilder text = new StringBuilder(line.length());
        int[] at = new int[line.length() + 1];
        int from = 0;
        do {
            for (int i = from; i < g.start(); i++) {
                at[text.length()] = i;
                text.append(line.charAt(i));
            }
            from = g.end();
        } while (g.find());
        for (int i = from; i < line.length(); i++) {
            at[text.length()] = i;
            text.append(line.charAt(i));
        }
        at[text.length()] = line.length();
        return new Unglossed(text.toString(), at);
    }

    /** Where a position of {@link #text()} stands in the line; an end position ends after its last character. */
    int start(int i) {
        return at == null ? i : at[i];
    }

    int end(int i) {
        return at == null || i == 0 ? i : at[i - 1] + 1;
    }
}
