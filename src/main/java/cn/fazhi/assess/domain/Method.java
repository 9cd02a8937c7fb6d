package cn.fazhi.assess.domain;

import java.util.Locale;

/** How a criterion is scored; the rules in rules/00_methods.drl implement every method, from the criterion's parameters. */
public enum Method {
    /** Any listed flag stated: full points, otherwise none. */
    PRESENCE,
    /** A percentage at or above the target; a deduction per percentage point below it. */
    RATE,
    /** A number at or above the target; a deduction per missing item. */
    COUNT,
    /** Every listed flag stated; a deduction per missing flag. */
    ALL_OF,
    /** A report cannot show it: 需人工核查. */
    MANUAL,
    /** 一票否决 when a listed flag is stated. */
    VETO,
    /** 附加项: points added on top, capped by the checklist's bonus cap. */
    BONUS,
    /** The report's own figures must agree: a part no larger than its whole, a stated rate that follows from its counts. */
    CONSISTENCY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Method fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Regular items make up the points total; bonus and veto items stand outside it. */
    public boolean isRegular() {
        return this != BONUS && this != VETO;
    }

    public boolean isQuantity() {
        return this == RATE || this == COUNT;
    }
}
