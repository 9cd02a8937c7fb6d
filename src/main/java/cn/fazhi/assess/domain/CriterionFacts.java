package cn.fazhi.assess.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One criterion as the rules see it for one report: the criterion, whether it applies to the unit's level, and what
 * the report states for the keys the criterion lists in criteria.yaml — its {@code indicators} and its {@code claim}
 * flags. It is the only kind of fact the rules are given, so a criterion's rules read exactly what its checklist entry
 * says it reads, and each rule's conditions are on a single fact (which keeps the rule stage fast; see
 * docs/performance.md).
 *
 * @param id         the criterion's id, for {@code CriterionFacts( id == "G1" )}
 * @param method     the criterion's scoring method
 * @param applicable whether the criterion applies to the unit's profile (county, township, department)
 * @param unitInfo   the unit whose report this is
 * @param stated     the facts the report states for the criterion's indicators
 * @param claims     the facts the report states for the criterion's claim flags
 * @param figure     the fact for the criterion's first indicator (the figure of a rate or count), or null
 */
public record CriterionFacts(Criterion criterion, String id, Method method, boolean applicable, UnitInfo unitInfo,
                             List<ReportFact> stated, List<ReportFact> claims, ReportFact figure) {

    public CriterionFacts {
        Objects.requireNonNull(criterion, "criterion must not be null");
        stated = List.copyOf(stated);
        claims = List.copyOf(claims);
    }

    public static CriterionFacts of(Criterion criterion, UnitInfo unitInfo, Map<String, ReportFact> facts) {
        return new CriterionFacts(criterion, criterion.id(), criterion.method(), criterion.appliesTo(unitInfo.profile()),
                unitInfo, present(criterion.indicators(), facts), present(criterion.claim(), facts),
                facts.get(criterion.indicator()));
    }

    /**
     * The report's fact for {@code key}, or null when the report does not state it. Custom rules use it for
     * criteria with several figures; the key must be one the criterion lists, so that a misspelt key fails
     * loudly instead of reading as "not stated".
     */
    public ReportFact fact(String key) {
        if (!criterion.indicators().contains(key) && !criterion.claim().contains(key)) {
            throw new IllegalArgumentException("a rule for criterion " + id + " reads '" + key
                    + "', which the criterion does not list under indicators or claim in the checklist");
        }
        for (ReportFact f : stated) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        for (ReportFact f : claims) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    // Runs for every criterion of every report: most state none of the keys or one, so the list is made immutable once
    // (List.copyOf in the constructor then keeps it as it is) instead of built and copied.
    private static List<ReportFact> present(List<String> keys, Map<String, ReportFact> facts) {
        ReportFact[] found = null;
        int n = 0;
        for (String key : keys) {
            ReportFact f = facts.get(key);
            if (f != null) {
                if (found == null) {
                    found = new ReportFact[keys.size()];
                }
                found[n++] = f;
            }
        }
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(found[0]);
            case 2 -> List.of(found[0], found[1]);
            default -> List.of(Arrays.copyOf(found, n));
        };
    }
}
