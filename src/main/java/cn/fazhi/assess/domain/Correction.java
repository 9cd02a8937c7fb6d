package cn.fazhi.assess.domain;

import java.util.Objects;

/**
 * An evaluator's value for a fact the machine read wrong (更正事实): the value typed as its indicator's facts are
 * (Boolean, Double, Integer, String), or null when the report does not state it after all.
 */
public record Correction(String key, IndicatorType type, Object value) {
    public Correction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }
}
