package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.UnitInfo;
import cn.fazhi.assess.pipeline.Pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The project's real checklist and rules, compiled once for the test JVM, and a way to fire only the
 * rules that decide one criterion (its method's rules).
 */
public final class RuleHarness {
    public static final Checklist CHECKLIST = new ChecklistLoader().load(Path.of("criteria.yaml"));
    public static final RuleBase RULES = RuleBase.compile(Path.of("rules"), CHECKLIST);
    /** The tests' assessment date, fixed so that deadlines, and the outputs that show them, do not change from day to day. */
    public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 12, 1);
    public static final Pipeline PIPELINE = new Pipeline(CHECKLIST, RULES, ASSESSED_ON);
    public static final ScoringEngine ENGINE = PIPELINE.engine();
    private static final Map<String, RuleInfo> BY_NAME = RULES.rules().stream()
            .collect(Collectors.toMap(RuleInfo::name, Function.identity()));

    private RuleHarness() {
    }

    /** Fires, for one criterion, only the rules that may decide it; returns its one finding. */
    public static Finding decide(String criterionId, String level, Map<String, ?> values) {
        Criterion criterion = CHECKLIST.criterion(criterionId).orElseThrow();
        Map<String, ReportFact> facts = values.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> fact(e.getKey(), e.getValue())));
        List<Finding> findings = ENGINE.findings(unit(level), List.of(criterion),
                facts, name -> decides(BY_NAME.get(name), criterion));
        return findings.get(0);
    }

    /** A 2023 unit of a level (county, township …) on that level's profile, or on a profile named (justice …). */
    public static UnitInfo unit(String levelOrProfile) {
        Profile p = CHECKLIST.profile(levelOrProfile)
                .or(() -> CHECKLIST.profileFor(levelOrProfile, null)).orElseThrow();
        String level = p.levels().contains(levelOrProfile) ? levelOrProfile : CHECKLIST.levelOf(p.id()).orElseThrow();
        return new UnitInfo("测试单位", level, p.id(), 2023, CHECKLIST.lineage(p.id()), p.zh());
    }

    public static ReportFact fact(String key, Object value) {
        Indicator indicator = CHECKLIST.indicators().get(key);
        if (indicator == null) {
            throw new IllegalArgumentException("not an indicator: " + key);
        }
        Object typed = indicator.type() == IndicatorType.FLAG || indicator.type() == IndicatorType.DATE ? value
                : ((Number) value).doubleValue();
        return new ReportFact(key, indicator.type(), typed, "测试引文：" + key);
    }

    private static boolean decides(RuleInfo rule, Criterion c) {
        return rule.implementsMethod(c.method().yamlName());
    }
}
