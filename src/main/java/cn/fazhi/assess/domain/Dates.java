package cn.fazhi.assess.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as users and reports write them: 2024-02-19, 2024/2/19, 2024.2.19, 2024年2月19日, in full-width digits too. */
public final class Dates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private Dates() {
    }

    /** The date, or null when {@code text} is not one (or names no such day). */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return null;
        }
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** The date of year, month and day digits, or null when there is no such day. */
    public static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
