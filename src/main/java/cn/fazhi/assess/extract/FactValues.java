package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Indicator;
import com.fasterxml.jackson.databind.JsonNode;

/** Checks a fact's value against its indicator's type and converts it to the domain's value types. */
final class FactValues {
    private FactValues() {
    }

    /**
     * The typed value, or null when the fact is "not stated" (a flag set to false, or no value):
     * that is how a user takes back a fact the extractor got wrong.
     */
    static Object typed(Indicator indicator, JsonNode value, String where) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (indicator.type()) {
            case FLAG -> flag(value, where);
            case RATE -> rate(value, where);
            case COUNT -> count(value, where);
            case YEAR -> year(value, where);
            case TEXT, ENUM -> text(value, where);
        };
    }

    private static Boolean flag(JsonNode value, String where) {
        if (!value.isBoolean()) {
            throw new FactsFileException(where + ": '" + value.asText() + "' is not a flag (true, or false for not stated)");
        }
        return value.booleanValue() ? Boolean.TRUE : null;
    }

    private static Double rate(JsonNode value, String where) {
        double v = number(value, where, "a rate (a percentage from 0 to 100)");
        if (v < 0 || v > 100) {
            throw new FactsFileException(where + ": " + value.asText() + " is not a rate: a percentage must be from 0 to 100");
        }
        return v;
    }

    private static Double count(JsonNode value, String where) {
        double v = number(value, where, "a count (a whole number, 0 or more)");
        if (v < 0 || v != Math.rint(v)) {
            throw new FactsFileException(where + ": " + value.asText() + " is not a count: it must be a whole number, 0 or more");
        }
        return v;
    }

    private static Integer year(JsonNode value, String where) {
        double v = number(value, where, "a year");
        if (v != Math.rint(v) || v < 1949 || v > 2100) {
            throw new FactsFileException(where + ": " + value.asText() + " is not a year");
        }
        return (int) v;
    }

    private static String text(JsonNode value, String where) {
        if (!value.isValueNode()) {
            throw new FactsFileException(where + ": expected text, found a " + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    private static double number(JsonNode value, String where, String what) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        throw new FactsFileException(where + ": '" + value.asText() + "' is not " + what);
    }
}
