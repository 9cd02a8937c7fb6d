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
 * The rules and the checklist must fit: every rule names the methods it implements, only real ones, and every
 * criterion's method is implemented by some rule. Rules decide methods, never one criterion: a criterion's
 * particulars are parameters in criteria.yaml, so it has one source.
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
            boolean implemented = rules.stream().anyMatch(r -> r.methods().contains(c.method().yamlName()));
            if (!implemented) {
                problems.add("criterion " + c.id() + ": no rule implements its method '" + c.method().yamlName() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
    }

    private void checkRule(RuleInfo rule, Set<String> methodNames) {
        String where = rule.file() + ": rule \"" + rule.name() + "\"";
        if (rule.criterion() != null) {
            problems.add(where + ": names criterion '" + rule.criterion() + "', but rules decide methods: give the criterion"
                    + " parameters in criteria.yaml, or write a method (@method(\"name\")) it can use");
        }
        if (rule.methods().isEmpty()) {
            problems.add(where + ": names no method: add @method(\"name\") (\"*\" for every method)");
        }
        for (String method : rule.methods()) {
            if (!method.equals("*") && !methodNames.contains(method)) {
                problems.add(where + ": names unknown method '" + method + "'");
            }
        }
    }
}
