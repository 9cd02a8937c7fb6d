package cn.fazhi.assess.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Number formatting and rounding used wherever a figure is shown or compared for equality, and parsing as typed. */
public final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Numbers() {
    }

    /**
     * One plain number as a user typed it, in a facts file say: Chinese input methods give full-width digits and
     * point ("５０", "９９．６"), read here as 50 and 99.6 (NFKC). Empty when the text is anything else.
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return PLAIN.matcher(plain).matches() ? OptionalDouble.of(Double.parseDouble(plain)) : OptionalDouble.empty();
    }

    /** 100.0 → "100", 99.60 → "99.6", 0.125 → "0.13". */
    public static String format(double value) {
        // Whole numbers (most targets, counts and points) print as they are; the decimal form gives the same text.
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(round2(value)).stripTrailingZeros().toPlainString();
    }

    public static double round2(double value) {
        // Quarters (most points and totals of points) are exact in binary and have at most two decimals: nothing to round.
        // The test is exact, as multiplying by 4 is; anything else goes through its decimal form, as before.
        if (value * 4 == Math.rint(value * 4)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A date as users read it: 2024年2月19日; anything that is not yyyy-mm-dd as it is. */
    public static String date(Object value) {
        LocalDate d = value instanceof LocalDate ld ? ld : IndicatorType.date(value);
        return d == null ? String.valueOf(value) : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
