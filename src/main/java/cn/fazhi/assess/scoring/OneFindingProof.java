package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.UnitInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Shows, before any report is scored, that the rules give every criterion exactly one finding whatever a report
 * states: each criterion is tried in every profile with every combination of its keys absent or stated, a flag as
 * stated and a number at each value where a rule's condition turns (0, 1, around the target, a part below, at and
 * above its whole). The methods' conditions compare only these keys with the target and with each other, so these
 * values reach every branch of every condition.
 */
public final class OneFindingProof {
    private static final int MAX_PROBLEMS = 20;

    private OneFindingProof() {
    }

    /** How many cases were tried, and the problems found (at most 20; none when each case got one finding). */
    public record Result(int cases, List<String> problems) {
    }

    public static Result check(Checklist checklist, ScoringEngine engine) {
        List<String> problems = new ArrayList<>();
        int[] cases = {0};
        for (Criterion c : checklist.criteria()) {
            for (UnitInfo unit : unitsByProfile(checklist)) {
                forEachCase(checklist, c, facts -> {
                    if (problems.size() >= MAX_PROBLEMS) {
                        return;
                    }
                    cases[0]++;
                    try {
                        engine.findings(unit, List.of(c), facts, name -> true);
                    } catch (IllegalStateException e) {
                        problems.add("criterion " + c.id() + " (" + unit.profile() + ", " + describe(facts) + "): " + e.getMessage());
                    }
                });
            }
        }
        return new Result(cases[0], problems);
    }

    /** Every combination of the criterion's keys absent or stated at a telling value. */
    public static void forEachCase(Checklist checklist, Criterion c, Consumer<Map<String, ReportFact>> action) {
        List<String> keys = new ArrayList<>(keysOf(c));
        List<List<ReportFact>> options = new ArrayList<>();
        for (String key : keys) {
            options.add(valuesOf(checklist.indicators().get(key), c));
        }
        combine(options, 0, new HashMap<>(), action);
    }

    private static void combine(List<List<ReportFact>> options, int i, Map<String, ReportFact> facts,
                                Consumer<Map<String, ReportFact>> action) {
        if (i == options.size()) {
            action.accept(Map.copyOf(facts));
            return;
        }
        combine(options, i + 1, facts, action);
        for (ReportFact f : options.get(i)) {
            facts.put(f.key(), f);
            combine(options, i + 1, facts, action);
            facts.remove(f.key());
        }
    }

    static Set<String> keysOf(Criterion c) {
        Set<String> keys = new LinkedHashSet<>(c.indicators());
        keys.addAll(c.claim());
        if (c.exemptIf() != null) {
            keys.add(c.exemptIf().key());
        }
        if (c.computeFrom() != null) {
            keys.add(c.computeFrom().part());
            keys.add(c.computeFrom().whole());
        }
        c.onlyIfStated().values().forEach(keys::addAll);
        if (c.deadline() != null) {
            for (String key : new String[]{c.deadline().published(), c.deadline().written()}) {
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static List<ReportFact> valuesOf(Indicator indicator, Criterion c) {
        if (indicator.type() == IndicatorType.FLAG) {
            return List.of(new ReportFact(indicator.key(), IndicatorType.FLAG, true, "证明用"));
        }
        if (indicator.type() == IndicatorType.DATE) {
            // around the day a 2023 report is due, and one that is not a date at all
            return java.util.stream.Stream.of("2024-01-15", "2024-04-01", "2024-04-02", "2024年")
                    .map(d -> new ReportFact(indicator.key(), IndicatorType.DATE, d, "证明用")).toList();
        }
        Set<Double> values = new TreeSet<>(List.of(0.0, 1.0, 10.0, 11.0, 50.0, 100.0));
        double t = c.targetValue();
        values.addAll(List.of(t, t + 1, Math.max(0, t - 1), Math.max(0, t - 0.5)));
        if (c.exemptIf() != null) {
            values.add(c.exemptIf().equals());
        }
        List<ReportFact> facts = new ArrayList<>();
        for (double v : values) {
            facts.add(new ReportFact(indicator.key(), indicator.type(), v, "证明用"));
        }
        return facts;
    }

    /** One unit per profile the checklist scores, and one whose year is not known. */
    private static List<UnitInfo> unitsByProfile(Checklist checklist) {
        List<UnitInfo> units = new ArrayList<>();
        for (Profile p : checklist.profiles()) {
            units.add(new UnitInfo("证明用单位", checklist.levelOf(p.id()).orElse(p.id()), p.id(), 2023,
                    checklist.lineage(p.id()), p.zh()));
        }
        UnitInfo first = units.get(0);
        units.add(new UnitInfo(first.name(), first.level(), first.profile(), null, first.lineage(), first.profileName()));
        return units;
    }

    private static String describe(Map<String, ReportFact> facts) {
        if (facts.isEmpty()) {
            return "nothing stated";
        }
        List<String> parts = new ArrayList<>();
        new TreeSet<>(facts.keySet()).forEach(k -> parts.add(k + "=" + facts.get(k).value()));
        return String.join(", ", parts);
    }
}
