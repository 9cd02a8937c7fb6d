package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Dates;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Reason;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.OptionalDouble;

/** Checks a fact's value against its indicator's type and converts it to the domain's value types. */
final class FactValues {
    private FactValues() {
    }

    /**
     * The typed value, or null when the fact is "not stated" (a flag set to false, or no value):
     * that is how a user takes back a fact the extractor got wrong.
     */
    static Object typed(Indicator indicator, JsonNode value, String file, String key) {
        if (value == null || value.isNull()) {
            return null;
        }
        Where where = new Where(file, key);
        return switch (indicator.type()) {
            case FLAG -> flag(value, where);
            case RATE -> rate(value, where);
            case COUNT -> count(value, where);
            case YEAR -> year(value, where);
            case TEXT, ENUM -> text(value, where);
            case DATE -> date(value, where);
        };
    }

    private static String date(JsonNode value, Where where) {
        LocalDate d = Dates.parse(value.asText());
        if (d == null) {
            throw where.wrong("'" + value.asText() + "' is not a date (yyyy-mm-dd, e.g. 2024-03-28)");
        }
        return d.toString();
    }

    /** The fact a value belongs to, for the failure that names it. */
    private record Where(String file, String key) {
        InputFailure wrong(String what) {
            return new InputFailure(Reason.FACT_INVALID, file, key, what);
        }
    }

    private static Boolean flag(JsonNode value, Where where) {
        if (!value.isBoolean()) {
            throw where.wrong("'" + value.asText() + "' is not a flag (true, or false for not stated)");
        }
        return value.booleanValue() ? Boolean.TRUE : null;
    }

    private static Double rate(JsonNode value, Where where) {
        double v = number(value, where, "a rate (a percentage from 0 to 100)");
        if (IndicatorType.RATE.problemWith(v) != null) {
            throw where.wrong(value.asText() + " is not a rate: a percentage must be from 0 to 100");
        }
        return v;
    }

    private static Double count(JsonNode value, Where where) {
        double v = number(value, where, "a count (a whole number, 0 or more)");
        if (IndicatorType.COUNT.problemWith(v) != null) {
            throw where.wrong(value.asText() + " is not a count: it must be a whole number, 0 or more");
        }
        return v;
    }

    private static Integer year(JsonNode value, Where where) {
        double v = number(value, where, "a year");
        if (IndicatorType.YEAR.problemWith(v) != null) {
            throw where.wrong(value.asText() + " is not a year");
        }
        return (int) v;
    }

    private static String text(JsonNode value, Where where) {
        if (!value.isValueNode()) {
            throw where.wrong("expected text, found a " + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    /** A number, or a number written as text (quoted, or in full-width digits, which YAML reads as text). */
    private static double number(JsonNode value, Where where, String what) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        OptionalDouble typed = value.isTextual() ? Numbers.parse(value.textValue()) : OptionalDouble.empty();
        if (typed.isPresent()) {
            return typed.getAsDouble();
        }
        throw where.wrong("'" + value.asText() + "' is not " + what);
    }
}
