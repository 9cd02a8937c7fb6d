package cn.fazhi.assess.extract;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as reports write them: "300", "99.6", "1.28万" (12800), "2.5万" (25000), "十二", "两", "一百零五".
 * "余", "多" and "约" are the caller's to drop: "300余" is 300.
 */
final class NumberParser {
    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> UNITS = Map.of('十', 10, '百', 100, '千', 1000);
    // compiled once: every figure of every report goes through here
    private static final Pattern APPROXIMATE = Pattern.compile("[余多约]");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private NumberParser() {
    }

    static OptionalDouble parse(String text) {
        String s = APPROXIMATE.matcher(text.strip().replace(",", "")).replaceAll("");
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        double multiplier = 1;
        if (s.endsWith("万")) {
            multiplier = 10_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("亿")) {
            multiplier = 100_000_000;
            s = s.substring(0, s.length() - 1);
        }
        if (DECIMAL.matcher(s).matches()) {
            return OptionalDouble.of(Math.round(Double.parseDouble(s) * multiplier * 100) / 100.0);
        }
        OptionalDouble chinese = chinese(s);
        return chinese.isPresent() ? OptionalDouble.of(chinese.getAsDouble() * multiplier) : chinese;
    }

    private static OptionalDouble chinese(String s) {
        long total = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (UNITS.containsKey(c)) {
                total += (digit < 0 ? 1 : digit) * UNITS.get(c);
                digit = -1;
            } else {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(total + Math.max(0, digit));
    }
}
