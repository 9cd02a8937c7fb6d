package cn.fazhi.assess.extract;

import java.util.Locale;

/** What a part of a report is about. Only achievements, first-responsible and other parts yield facts. */
public enum SectionKind {
    ACHIEVEMENTS, SHORTCOMINGS, FIRST_RESPONSIBLE, NEXT_YEAR_PLAN, OTHER, CHROME;

    public boolean yieldsFacts() {
        return this == ACHIEVEMENTS || this == FIRST_RESPONSIBLE || this == OTHER;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
