package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A fact key the checklist knows: its value type, its Chinese name and how reports state it. A {@code negative}
 * indicator is a finding against the unit that the report admits (行政诉讼败诉率偏高) or an outcome figure it gives
 * (行政复议纠错率): it counts in whichever part of the report states it, shortcomings and next year's plan too, where
 * the year's work does not.
 */
public record Indicator(String key, IndicatorType type, String zh, List<IndicatorPattern> patterns, boolean negative)
        implements Serializable {
    public Indicator {
        patterns = List.copyOf(patterns);
    }

    public Indicator(String key, IndicatorType type, String zh, List<IndicatorPattern> patterns) {
        this(key, type, zh, patterns, false);
    }

    public Indicator(String key, IndicatorType type, String zh) {
        this(key, type, zh, List.of(), false);
    }
}
