package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Method;

import java.util.ArrayList;
import java.util.List;

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
        for (RuleInfo rule : rules) {
            checkRule(rule);
        }
        for (Criterion c : checklist.criteria()) {
            boolean implemented = rules.stream().anyMatch(r -> r.methods().contains(c.method().yamlName()));
            if (!implemented) {
                problems.add("criterion " + c.id() + ": no rule implements its method '" + c.method().yamlName()
                        + "' (rules/ has none tagged @method(\"" + c.method().yamlName() + "\"))");
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
    }

    private void checkRule(RuleInfo rule) {
        String where = rule.file() + ": rule \"" + rule.name() + "\"";
        if (rule.criterion() != null) {
            problems.add(where + ": names criterion '" + rule.criterion() + "', but rules decide methods: give the criterion"
                    + " parameters in criteria.yaml, or write a method (@method(\"name\")) it can use");
        }
        if (rule.methods().isEmpty()) {
            problems.add(where + ": names no method: add @method(\"name\") (\"*\" for every method)");
        }
        for (String method : rule.methods()) {
            if (!method.equals("*") && Method.of(method) == null) {
                problems.add(where + ": names '" + method + "', which is not a method name (lower case letters, digits and _)");
            }
        }
    }
}
