package cn.fazhi.assess.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a criterion is scored: the name of a group of rules in rules/ tagged {@code @method("name")}. The built-in
 * methods below are implemented by rules/00_methods.drl and their parameters are checked when the checklist loads;
 * a new method is a DRL file of its own, and needs nothing here (the rule base checks that some rule implements it).
 */
public final class Method implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Any listed flag stated: full points, otherwise none. */
    public static final Method PRESENCE = new Method("presence");
    /** A percentage at or above the target; a deduction per percentage point below it. */
    public static final Method RATE = new Method("rate");
    /** A number at or above the target; a deduction per missing item. */
    public static final Method COUNT = new Method("count");
    /** Every listed flag stated; a deduction per missing flag. */
    public static final Method ALL_OF = new Method("all_of");
    /** A report cannot show it: 需人工核查. */
    public static final Method MANUAL = new Method("manual");
    /** 一票否决 when a listed flag is stated. */
    public static final Method VETO = new Method("veto");
    /** 附加项: points added on top, capped by the checklist's bonus cap. */
    public static final Method BONUS = new Method("bonus");
    /** The report's own figures must agree: a part no larger than its whole, a stated rate that follows from its counts. */
    public static final Method CONSISTENCY = new Method("consistency");
    /** 扣分项: points taken off the total per stated item (被通报批评一次扣1分), at most the criterion's cap. */
    public static final Method DEDUCTION = new Method("deduction");
    /** 报告按时公开: decided from the dates the report gives (发布时间, 成文日期), 需人工核查 when it gives none. */
    public static final Method DEADLINE = new Method("deadline");
    /** An outcome to keep low (败诉率, 纠错率): at or below the target; a deduction per percentage point above it. */
    public static final Method LIMIT = new Method("limit");
    public static final List<Method> BUILT_IN = List.of(PRESENCE, RATE, COUNT, ALL_OF, MANUAL, VETO, BONUS, CONSISTENCY,
            DEDUCTION, DEADLINE, LIMIT);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;

    private Method(String name) {
        this.name = name;
    }

    /** The built-in method of that name, or a method some DRL file implements; null for a name no method can have. */
    public static Method of(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return null;
        }
        for (Method m : BUILT_IN) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        return new Method(name);
    }

    public String yamlName() {
        return name;
    }

    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }

    /** Regular items make up the points total; bonus, veto and deduction items stand outside it. */
    public boolean isRegular() {
        return !equals(BONUS) && !equals(VETO) && !equals(DEDUCTION);
    }

    public boolean isQuantity() {
        return equals(RATE) || equals(COUNT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Method m && m.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    // a precompiled checklist comes back with the very constants, so that == on them keeps working
    @Serial
    private Object readResolve() {
        return of(name);
    }
}
