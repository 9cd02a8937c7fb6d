package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules and the checklist must fit: every rule says what it decides, names only real criteria
 * and methods, and every criterion is decided by some rule — by its method's generic rules, or, for
 * a custom criterion, by rules that name it.
 */
final class RuleCoverage {
    private final Checklist checklist;
    private final List<RuleInfo> rules;
    private final List<String> problems = new ArrayList<>();

    RuleCoverage(Checklist checklist, List<RuleInfo> rules) {
        this.checklist = checklist;
        this.rules = rules;
    }

    void check() {
        Set<String> methodNames = Arrays.stream(Method.values()).map(Method::yamlName).collect(Collectors.toSet());
        for (RuleInfo rule : rules) {
            checkRule(rule, methodNames);
        }
        for (Criterion c : checklist.criteria()) {
            checkCovered(c);
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
    }

    private void checkRule(RuleInfo rule, Set<String> methodNames) {
        String where = rule.file() + ": rule \"" + rule.name() + "\"";
        if (rule.criterion() == null && rule.methods().isEmpty()) {
            problems.add(where + ": names neither @criterionId(\"ID\") nor @method(\"name\")");
            return;
        }
        if (rule.criterion() != null) {
            if (checklist.criterion(rule.criterion()).isEmpty()) {
                problems.add(where + ": names unknown criterion '" + rule.criterion() + "' (not in the checklist)");
            }
            if (!rule.name().startsWith(rule.criterion() + "-")) {
                problems.add(where + ": a rule for criterion " + rule.criterion()
                        + " must be named \"" + rule.criterion() + "-…\"");
            }
        }
        for (String method : rule.methods()) {
            if (!method.equals("*") && !methodNames.contains(method)) {
                problems.add(where + ": names unknown method '" + method + "'");
            }
        }
    }

    private void checkCovered(Criterion c) {
        List<RuleInfo> own = rules.stream().filter(r -> c.id().equals(r.criterion())).toList();
        if (c.method() == Method.CUSTOM) {
            if (own.isEmpty()) {
                problems.add("criterion " + c.id() + " (method custom): no rule names it; add rules \""
                        + c.id() + "-…\" with @criterionId(\"" + c.id() + "\") to rules/");
            }
            return;
        }
        if (!own.isEmpty()) {
            problems.add("criterion " + c.id() + " has its own rules (" + own.get(0).name() + " in " + own.get(0).file()
                    + ") but method '" + c.method().yamlName() + "': set method: custom, or remove the rules");
        }
        boolean generic = rules.stream().anyMatch(r -> r.methods().contains(c.method().yamlName()));
        if (!generic) {
            problems.add("criterion " + c.id() + ": no rule implements its method '" + c.method().yamlName() + "'");
        }
    }
}
