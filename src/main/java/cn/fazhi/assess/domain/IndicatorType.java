package cn.fazhi.assess.domain;

import java.time.LocalDate;
import java.util.Locale;

/** The value type of an indicator, as in shared/vocabulary.yaml. */
public enum IndicatorType {
    FLAG, RATE, COUNT, TEXT, YEAR, ENUM, DATE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorType fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** A DATE fact's value: yyyy-mm-dd, or null when {@code value} is none. */
    public static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public boolean isNumeric() {
        return this == RATE || this == COUNT || this == YEAR;
    }

    /** What is wrong with a number given for this type, or null when it is a fine rate, count or year. */
    public Problem problemWith(double v) {
        return switch (this) {
            case RATE -> v >= 0 && v <= 100 ? null : Problem.NOT_A_PERCENTAGE;
            case COUNT -> v < 0 || Double.isNaN(v) ? Problem.NEGATIVE : v != Math.rint(v) ? Problem.NOT_WHOLE : null;
            case YEAR -> v == Math.rint(v) && v >= 1949 && v <= 2100 ? null : Problem.NOT_A_YEAR;
            default -> Problem.NOT_A_NUMBER_TYPE;
        };
    }

    /**
     * Why a value does not fit its type. The facts-file reader and the workbench's correction form both check values
     * here, so a value one accepts the other accepts too; each words the problem for its own reader.
     */
    public enum Problem {
        NOT_A_PERCENTAGE, NEGATIVE, NOT_WHOLE, NOT_A_YEAR, NOT_A_NUMBER_TYPE
    }
}
