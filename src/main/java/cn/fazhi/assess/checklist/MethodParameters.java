package cn.fazhi.assess.checklist;

import cn.fazhi.assess.checklist.ChecklistFile.CriterionEntry;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Method;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Checks that a criterion carries the parameters its scoring method needs, and only those. */
final class MethodParameters {
    private final Method method;
    private final CriterionEntry c;
    private final String at;
    private final Map<String, Indicator> indicators;
    private final BiConsumer<String, String> problem;

    MethodParameters(Method method, CriterionEntry c, String at, Map<String, Indicator> indicators,
                     BiConsumer<String, String> problem) {
        this.method = method;
        this.c = c;
        this.at = at;
        this.indicators = indicators;
        this.problem = problem;
    }

    void check() {
        switch (method) {
            case RATE -> quantity(IndicatorType.RATE);
            case COUNT -> quantity(IndicatorType.COUNT);
            case ALL_OF -> {
                atLeast(2);
                allOfType(c.indicators(), IndicatorType.FLAG, ".indicators");
                positive(c.deduct(), "deduct", "the points lost per missing flag");
            }
            case PRESENCE, VETO, BONUS -> {
                atLeast(1);
                allOfType(c.indicators(), IndicatorType.FLAG, ".indicators");
            }
            case MANUAL, CUSTOM -> {
                // Manual items read no facts; custom ones are whatever their rules make of them.
            }
        }
        boolean takesClaims = method == Method.RATE || method == Method.COUNT || method == Method.CUSTOM;
        if (!takesClaims && c.claim() != null && !c.claim().isEmpty()) {
            problem.accept(at + ".claim", "only rate, count and custom criteria take claim flags");
        }
        if (c.claim() != null) {
            allOfType(c.claim(), IndicatorType.FLAG, ".claim");
        }
        if (c.claimPoints() != null && (c.claimPoints() < 0 || c.claimPoints() > c.points())) {
            problem.accept(at + ".claim_points", "must be between 0 and the criterion's points");
        }
    }

    private void quantity(IndicatorType type) {
        if (c.indicators().size() != 1) {
            problem.accept(at + ".indicators", method.yamlName() + " takes exactly one indicator");
        } else {
            allOfType(c.indicators(), type, ".indicators");
        }
        if (c.target() == null) {
            problem.accept(at, "missing key 'target' (the " + type.yamlName() + " to reach)");
        } else if (c.target() > 0) {
            positive(c.deduct(), "deduct", "the points lost per unit below the target");
        }
        if (type == IndicatorType.RATE && c.target() != null && (c.target() < 0 || c.target() > 100)) {
            problem.accept(at + ".target", "a rate target must be between 0 and 100");
        }
    }

    private void atLeast(int n) {
        if (c.indicators().size() < n) {
            problem.accept(at + ".indicators", method.yamlName() + " needs at least " + n + " indicator(s)");
        }
    }

    private void positive(Double value, String key, String meaning) {
        if (value == null || value <= 0) {
            problem.accept(at, "'" + key + "' must be a positive number: " + meaning);
        }
    }

    private void allOfType(List<String> keys, IndicatorType type, String suffix) {
        for (String key : keys) {
            Indicator indicator = indicators.get(key);
            if (indicator != null && indicator.type() != type) {
                problem.accept(at + suffix, "'" + key + "' is a " + indicator.type().yamlName()
                        + ", but " + method.yamlName() + " needs a " + type.yamlName());
            }
        }
    }
}
