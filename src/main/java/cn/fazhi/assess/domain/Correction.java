package cn.fazhi.assess.domain;

import java.util.Objects;

/**
 * An evaluator's value for a fact the machine read wrong (更正事实): the value typed as its indicator's facts are
 * (Boolean, Double, Integer, String), or null when the report does not state it after all; with the reason given and
 * the time (yyyy-MM-dd HH:mm:ss), which every export shows in place of the report's words.
 */
public record Correction(String key, IndicatorType type, Object value, String reason, String at) {
    public Correction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        reason = reason == null ? "" : reason;
        at = at == null ? "" : at;
    }
}
