package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.List;

/** A fact key the checklist knows: its value type, its Chinese name and how reports state it. */
public record Indicator(String key, IndicatorType type, String zh, List<IndicatorPattern> patterns)
        implements Serializable {
    public Indicator {
        patterns = List.copyOf(patterns);
    }

    public Indicator(String key, IndicatorType type, String zh) {
        this(key, type, zh, List.of());
    }
}
