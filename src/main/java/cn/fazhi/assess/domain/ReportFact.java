package cn.fazhi.assess.domain;

import java.util.Objects;

/**
 * One fact a report states: a vocabulary key, its typed value (Boolean for flags, Double for rates
 * and counts, Integer for years, String otherwise) and the verbatim quote it rests on.
 */
public record ReportFact(String key, IndicatorType type, Object value, String quote) {
    public ReportFact {
        Objects.requireNonNull(key, "fact key must not be null");
        Objects.requireNonNull(type, "fact type must not be null");
        Objects.requireNonNull(value, "fact value must not be null");
        quote = quote == null ? "" : quote;
    }

    /** The value as a number; 1 for a stated flag, so that rules may compare any fact. */
    public double number() {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Boolean.TRUE.equals(value) ? 1 : 0;
    }
}
