package cn.fazhi.assess.domain;

/** A fact key the checklist knows: its value type and its Chinese name. */
public record Indicator(String key, IndicatorType type, String zh) {
}
