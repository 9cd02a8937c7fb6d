package cn.fazhi.assess.checklist;

import cn.fazhi.assess.checklist.ChecklistFile.CriterionEntry;
import cn.fazhi.assess.checklist.ChecklistFile.LedgerEntry;
import cn.fazhi.assess.domain.Remedy;
import cn.fazhi.assess.domain.RemedyType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** A criterion's {@code ledger:} (or the older suggestion and owner) checked and turned into remedies per level. */
final class Remedies {
    private static final String TYPES = Arrays.stream(RemedyType.values()).map(RemedyType::zh).collect(Collectors.joining("、"));

    private final CriterionEntry c;
    private final String at;
    private final Set<String> levelNames;
    private final BiConsumer<String, String> problem;

    /** {@code levelNames}: the levels and profiles a remedy may be worded for. */
    Remedies(CriterionEntry c, String at, Set<String> levelNames, BiConsumer<String, String> problem) {
        this.c = c;
        this.at = at;
        this.levelNames = levelNames;
        this.problem = problem;
    }

    Remedy base() {
        LedgerEntry l = c.ledger();
        if (l == null) {
            if (blank(c.suggestion()) || blank(c.owner())) {
                problem.accept(at, "needs ledger: (problem, target, measures, type, lead) or at least suggestion and owner");
                return null;
            }
            return new Remedy(null, "", c.suggestion(), RemedyType.BY_DEADLINE, RemedyType.BY_DEADLINE.days(), c.owner(),
                    List.of(), null);
        }
        String where = at + ".ledger";
        for (String key : List.of("problem", "target", "measures", "type", "lead")) {
            if (blank(field(l, key))) {
                problem.accept(where + "." + key, "is missing");
            }
        }
        RemedyType type = type(l.type(), where);
        return new Remedy(l.problem(), l.target(), l.measures(), type, days(l.days(), type, where), l.lead(),
                l.support() == null ? List.of() : l.support(), null);
    }

    /** The remedies of the levels {@code ledger.levels} names: each the base with what that level changes. */
    Map<String, Remedy> byLevel(Remedy base) {
        LedgerEntry l = c.ledger();
        if (l == null || l.levels() == null || base == null) {
            return Map.of();
        }
        Map<String, Remedy> out = new LinkedHashMap<>();
        l.levels().forEach((level, own) -> {
            String where = at + ".ledger.levels." + level;
            if (!levelNames.contains(level)) {
                problem.accept(where, "unknown level or profile '" + level + "' (one of: " + String.join(", ", levelNames) + ")");
                return;
            }
            if (own == null) {
                problem.accept(where, "is empty");
                return;
            }
            if (own.levels() != null) {
                problem.accept(where + ".levels", "levels cannot be nested");
            }
            RemedyType type = own.type() == null ? base.type() : type(own.type(), where);
            int days = own.days() != null || own.type() != null ? days(own.days(), type, where) : base.days();
            out.put(level, new Remedy(or(own.problem(), base.problem()), or(own.target(), base.target()),
                    or(own.measures(), base.measures()), type, days, or(own.lead(), base.lead()),
                    own.support() == null ? base.support() : own.support(), null));
        });
        return out;
    }

    private RemedyType type(String name, String where) {
        RemedyType type = RemedyType.ofZh(name);
        if (type == null && name != null) {
            problem.accept(where + ".type", "'" + name + "' is not a 整改类型 (one of: " + TYPES + ")");
        }
        return type == null ? RemedyType.BY_DEADLINE : type;
    }

    private int days(Integer days, RemedyType type, String where) {
        if (days == null) {
            return type.days();
        }
        if (days < 1 || days > 1095) {
            problem.accept(where + ".days", "must be 1 to 1095 days, not " + days);
        }
        return days;
    }

    private static String field(LedgerEntry l, String key) {
        return switch (key) {
            case "problem" -> l.problem();
            case "target" -> l.target();
            case "measures" -> l.measures();
            case "type" -> l.type();
            default -> l.lead();
        };
    }

    private static String or(String own, String base) {
        return own == null ? base : own;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
