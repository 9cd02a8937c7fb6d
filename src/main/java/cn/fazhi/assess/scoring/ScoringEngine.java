package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.CriterionFacts;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Decision;
import cn.fazhi.assess.domain.UnitInfo;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.ObjectFilter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores reports: one session per report, taken from a pool over the shared rule base and reset after, then the findings
 * are aggregated into a scorecard. Thread-safe once built.
 */
public final class ScoringEngine {
    private static final ObjectFilter INSERTED_FINDINGS = new ClassObjectFilter(Finding.class);
    private static final Predicate<String> EVERY_RULE = name -> true;
    private final Checklist checklist;
    private final RuleBase rules;
    private final ScorecardBuilder scorecards;
    private final KieSessionsPool sessions;
    private final List<Criterion> criteria;
    private final Map<String, Integer> positions;

    /** Gaps are given deadlines from today. */
    public ScoringEngine(Checklist checklist, RuleBase rules) {
        this(checklist, rules, LocalDate.now());
    }

    /** {@code assessedOn}: the assessment's date, from which the gaps' 整改时限 count. */
    public ScoringEngine(Checklist checklist, RuleBase rules, LocalDate assessedOn) {
        this.checklist = Objects.requireNonNull(checklist, "checklist must not be null");
        this.rules = Objects.requireNonNull(rules, "rule base must not be null");
        this.scorecards = new ScorecardBuilder(checklist, Objects.requireNonNull(assessedOn, "assessment date must not be null"));
        this.criteria = checklist.criteria();
        this.positions = positionsOf(criteria);
        // a pooled session is reset on dispose instead of rebuilt: a fresh one per report cost more than its rules
        this.sessions = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public Scorecard score(ReportFacts report) {
        return score(report, List.of());
    }

    /** Scores with the evaluator's verdicts on 需人工核查 criteria in place of the rules' ones. */
    public Scorecard score(ReportFacts report, List<Decision> decisions) {
        UnitInfo unit = unitOf(report);
        List<Finding> findings = findings(unit, criteria, report.facts(), EVERY_RULE);
        List<Decision> all = new ArrayList<>(report.decisions());
        all.addAll(decisions); // the workbench's, made later, over the facts file's
        if (!all.isEmpty()) {
            Map<String, Decision> byCriterion = all.stream()
                    .collect(Collectors.toMap(Decision::criterion, o -> o, (first, later) -> later));
            findings = findings.stream().map(f -> decided(report, byCriterion.get(f.criterion()), f)).toList();
        }
        return scorecards.build(report, unit, findings).withSelf(report.self());
    }

    private static Finding decided(ReportFacts report, Decision d, Finding f) {
        if (d == null) {
            return f;
        }
        try {
            return d.applyTo(f);
        } catch (IllegalArgumentException e) {
            throw new InputFailure(Reason.SCORE_INVALID, report.source(), f.criterion(), e.getMessage());
        }
    }

    /** Totals, subtotals and grade of findings decided elsewhere (the benchmark's hand-written loop). */
    public Scorecard aggregate(ReportFacts report, UnitInfo unit, List<Finding> findings) {
        return scorecards.build(report, unit, findings);
    }

    /**
     * The unit and the profile it is scored on: the one the evaluator chose (--profile) or, by its level, the kind of
     * unit its name names (市场监督管理局 → 市场监管部门) or the level's own.
     */
    public UnitInfo unitOf(ReportFacts report) {
        String known = String.join(", ", checklist.levels());
        Profile profile;
        String level = report.level() == null || report.level().isBlank() ? null : report.level();
        if (report.profile() != null) {
            profile = checklist.profile(report.profile()).orElseThrow(() -> new InputFailure(Reason.PROFILE_UNRECOGNISED,
                    report.source(), report.profile(), String.join(", ", checklist.profiles().stream().map(p -> p.id() + "（" + p.zh() + "）").toList())));
            level = level != null ? level : checklist.levelOf(profile.id()).orElse(null);
        } else if (level == null) {
            throw new InputFailure(Reason.LEVEL_UNKNOWN, report.source(), known);
        } else {
            profile = checklist.profileFor(level, report.unit()).orElseThrow(() -> new InputFailure(
                    Reason.LEVEL_UNRECOGNISED, report.source(), report.level(), known));
        }
        return new UnitInfo(report.unit(), level, profile.id(), report.year(), checklist.lineage(profile.id()), profile.zh());
    }

    /**
     * Fires the rules whose names pass {@code ruleFilter} over the given criteria, each inserted with what
     * {@code facts} states for it, and checks that each criterion got exactly one finding. Tests use the filter
     * to try one criterion.
     */
    public List<Finding> findings(UnitInfo unit, Collection<Criterion> criteria, Map<String, ReportFact> facts,
                                  Predicate<String> ruleFilter) {
        KieSession session = sessions.newKieSession();
        try {
            List<Finding> found = new ArrayList<>(criteria.size());
            session.setGlobal(RuleBase.FINDINGS_GLOBAL, found);
            for (Criterion c : criteria) {
                session.insert(CriterionFacts.of(c, unit, facts));
            }
            if (ruleFilter == EVERY_RULE) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> ruleFilter.test(match.getRule().getName()));
            }
            if (found.size() != criteria.size() && !session.getObjects(INSERTED_FINDINGS).isEmpty()) {
                throw new IllegalStateException("a rule inserted a Finding as a fact: rules must add their findings to the global list instead, "
                        + "as in findings.add( Findings.met(...) ) (see rules/00_methods.drl)");
            }
            return inChecklistOrder(criteria, found);
        } finally {
            session.dispose();
        }
    }

    private List<Finding> inChecklistOrder(Collection<Criterion> criteria, List<Finding> found) {
        Map<String, Integer> positions = criteria == this.criteria ? this.positions : positionsOf(criteria);
        Finding[] ordered = new Finding[positions.size()];
        int placed = 0;
        boolean twice = false;
        for (Finding f : found) {
            Integer i = positions.get(f.criterion());
            if (i != null) {
                twice |= ordered[i] != null;
                ordered[i] = f;
                placed++;
            }
        }
        if (twice || placed != ordered.length) {
            throw new IllegalStateException("the rules must give each criterion exactly one finding: " + problems(criteria, found));
        }
        return List.of(ordered);
    }

    private static Map<String, Integer> positionsOf(Collection<Criterion> criteria) {
        Map<String, Integer> positions = new HashMap<>(criteria.size() * 2);
        for (Criterion c : criteria) {
            positions.putIfAbsent(c.id(), positions.size());
        }
        return positions;
    }

    private static String problems(Collection<Criterion> criteria, List<Finding> found) {
        Map<String, List<Finding>> byCriterion = found.stream().collect(Collectors.groupingBy(Finding::criterion));
        List<String> problems = new ArrayList<>();
        for (Criterion c : criteria) {
            List<Finding> mine = byCriterion.getOrDefault(c.id(), List.of());
            if (mine.isEmpty()) {
                problems.add("criterion " + c.id() + " got no finding: no rule matched");
            } else if (mine.size() > 1) {
                problems.add("criterion " + c.id() + " got " + mine.size() + " findings, from rules "
                        + mine.stream().map(Finding::rule).sorted(Comparator.naturalOrder()).toList());
            }
        }
        return String.join("; ", problems);
    }
}
