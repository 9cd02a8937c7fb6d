package cn.fazhi.assess.domain;

import java.util.Locale;

/** The value type of an indicator, as in shared/vocabulary.yaml. */
public enum IndicatorType {
    FLAG, RATE, COUNT, TEXT, YEAR, ENUM;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorType fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public boolean isNumeric() {
        return this == RATE || this == COUNT || this == YEAR;
    }
}
