package cn.fazhi.assess.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's text as written ({@code original}) and normalized for matching ({@code normalized}:
 * simplified characters, ASCII digits and punctuation). Both have the same length and the same line
 * breaks, so a span found in one is the same span in the other.
 *
 * @param warnings what reading noticed and the user should know (a character cut off at the end), in Chinese
 */
public record ReportText(String source, String format, String original, String normalized, List<String> warnings) {
    public ReportText {
        Objects.requireNonNull(original, "original text must not be null");
        if (normalized.length() != original.length()) {
            throw new IllegalArgumentException("normalized text must line up with the original");
        }
        warnings = List.copyOf(warnings);
    }

    public static ReportText of(String source, String format, String original) {
        return new ReportText(source, format, original, Normalizer.normalize(original), List.of());
    }

    public ReportText withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new ReportText(source, format, original, normalized, more);
    }

    /** The report's own words for a span of the normalized text. */
    public String quote(int start, int end) {
        return original.substring(start, end);
    }
}
