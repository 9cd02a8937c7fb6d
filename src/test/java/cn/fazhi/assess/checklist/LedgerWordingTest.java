package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.Remedy;
import cn.fazhi.assess.domain.RemedyType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 整改台账 wording of the bundled checklist, for every criterion and every unit level it applies to: the problem
 * in the unit's own terms, work rather than report-writing, and offices the unit actually has.
 */
class LedgerWordingTest {
    private static final Checklist CHECKLIST = new ChecklistLoader().load(Path.of("criteria.yaml"));

    // A score note is not a problem; 失 is the 失X分 of one.
    private static final List<String> SCORE_WORDS = List.of("报告未体现", "失", "分】");
    // A 乡镇/街道 has no 编办, no 执法监督 of its own, no 局, and is not a county or district government.
    private static final List<String> NOT_A_TOWNSHIP_OFFICE = List.of("机构编制", "执法监督", "县", "区政府", "局", "部门",
            "政府办公室");
    // A department's own offices are 科室 (司局 for a ministry), not a government's or a township's.
    private static final List<String> NOT_A_DEPARTMENT_OFFICE = List.of("乡镇", "街道", "部门", "政府");
    // Units scored on the county profile are 县, 市 and 省 governments: no wording for one of them only.
    private static final List<String> NOT_LEVEL_NEUTRAL = List.of("县", "区政府", "市政府", "省政府");
    private static final List<String> REPORT_ONLY_OPENINGS = List.of("在报告中", "报告中", "在年度报告中", "年度报告中");

    record Row(String criterion, String category, String level, String profile, Remedy remedy) {
        @Override
        public String toString() {
            return criterion + "@" + level;
        }
    }

    @Test
    void everyCriterionAtEveryLevelItAppliesToHasAWordedLedger() {
        List<Row> rows = rows();

        Map<String, List<String>> faults = new LinkedHashMap<>();
        rows.forEach(row -> {
            List<String> found = problems(row);
            if (!found.isEmpty()) {
                faults.put(row.toString(), found);
            }
        });

        assertThat(rows).extracting(Row::profile).contains("county", "township", "department");
        assertThat(faults).isEmpty();
    }

    @Test
    void everyCriterionHasItsOwnLedgerNotTheOldSuggestion() {
        // the older suggestion/owner stand-in has no problem and no target
        assertThat(CHECKLIST.criteria()).allSatisfy(c -> assertThat(c.remedy().problem()).as(c.id()).isNotNull());
    }

    @Test
    void theChecksCatchTheWordingTheIssueComplainedOf() {
        Remedy township = remedy("【报告未体现，失3分】权责清单", "清单公布", "在报告中写明权责清单", "机构编制部门",
                List.of("司法行政部门（执法监督）", "县司法局"));
        Remedy department = remedy("未编制权责清单", "清单公布", "梳理事项；公布清单", "各乡镇（街道）", List.of());
        Remedy county = remedy("未编制权责清单", "清单公布", "报告中写明；年度报告写清", "县政府办公室", List.of());
        Remedy oneStep = remedy("未编制权责清单", "清单公布", "梳理事项并公布", "机构编制部门", List.of());

        assertThat(problems(new Row("C1", "C", "township", "township", township)))
                .anyMatch(p -> p.endsWith("(报告未体现): " + township.problem())).anyMatch(p -> p.contains("(失)"))
                .anyMatch(p -> p.endsWith("(机构编制)")).anyMatch(p -> p.endsWith("(执法监督)")).anyMatch(p -> p.endsWith("(县)"))
                .anyMatch(p -> p.endsWith("(局)")).anyMatch(p -> p.contains("only about the report"));
        assertThat(problems(new Row("C1", "C", "department", "department", department))).anyMatch(p -> p.endsWith("(乡镇)"));
        assertThat(problems(new Row("C1", "C", "county", "county", county)))
                .anyMatch(p -> p.endsWith("(县)")).anyMatch(p -> p.contains("only about the report"));
        assertThat(problems(new Row("C1", "C", "city", "county", oneStep))).anyMatch(p -> p.contains("steps"));
        assertThat(problems(new Row("C1", "C", "city", "county", remedy(" ", "", "", "", List.of()))))
                .contains("problem is blank", "target is blank", "measures is blank", "lead is blank");
    }

    @Test
    void reportItemsMayBeAboutTheReport() {
        Remedy report = remedy("年度报告缺少“存在的不足和原因”部分", "报告设该部分", "在报告中增设该部分；修改稿重新报送",
                "法治建设议事协调机构办公室（依法治办）", List.of());

        assertThat(problems(new Row("A2", "A", "county", "county", report))).isEmpty();
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Criterion c : CHECKLIST.criteria()) {
            for (String level : CHECKLIST.levels()) {
                for (Profile p : CHECKLIST.profiles()) {
                    List<String> lineage = CHECKLIST.lineage(p.id());
                    boolean ofLevel = CHECKLIST.profileFor(level, null).map(base -> lineage.contains(base.id())).orElse(false);
                    if (ofLevel && c.appliesTo(lineage)) {
                        rows.add(new Row(c.id(), c.category(), level, lineage.get(lineage.size() - 1), c.remedyFor(level, lineage)));
                    }
                }
            }
        }
        return rows;
    }

    /** What is wrong with a row's wording, one line per fault; empty when it reads like a real ledger row. */
    static List<String> problems(Row row) {
        Remedy r = row.remedy();
        List<String> out = new ArrayList<>();
        blank(out, "problem", r.problem());
        blank(out, "target", r.target());
        blank(out, "measures", r.measures());
        blank(out, "lead", r.lead());
        for (String word : SCORE_WORDS) {
            if (r.problem() != null && r.problem().contains(word)) {
                out.add("problem is a score note (" + word + "): " + r.problem());
            }
        }
        List<String> offices = Stream.concat(Stream.of(r.lead()), r.support().stream()).toList();
        switch (row.profile()) {
            case "township" -> forbid(out, offices, NOT_A_TOWNSHIP_OFFICE, "a township's own office");
            case "department" -> forbid(out, offices, NOT_A_DEPARTMENT_OFFICE, "a department's own office");
            default -> forbid(out, offices, NOT_LEVEL_NEUTRAL, "level-neutral for 县/市/省");
        }
        if (r.measures() != null && !r.measures().isBlank()) {
            measures(out, row.category(), r.measures());
        }
        return out;
    }

    private static void measures(List<String> out, String category, String measures) {
        List<String> steps = Arrays.stream(measures.split("；")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (steps.size() < 2 || steps.size() > 4) {
            out.add("measures should be 2 to 4 steps separated by ；, not " + steps.size() + ": " + measures);
        }
        if (category.equals("A")) {
            return;
        }
        boolean opensWithReport = REPORT_ONLY_OPENINGS.stream().anyMatch(measures::startsWith);
        boolean everyStepIsReport = steps.stream().allMatch(s -> s.contains("报告"));
        if (opensWithReport || everyStepIsReport) {
            out.add("measures are only about the report, not the work: " + measures);
        }
    }

    private static void forbid(List<String> out, List<String> offices, List<String> words, String what) {
        for (String office : offices) {
            for (String word : words) {
                if (office != null && office.contains(word)) {
                    out.add("'" + office + "' is not " + what + " (" + word + ")");
                }
            }
        }
    }

    private static void blank(List<String> out, String key, String value) {
        if (value == null || value.isBlank()) {
            out.add(key + " is blank");
        }
    }

    private static Remedy remedy(String problem, String target, String measures, String lead, List<String> support) {
        return new Remedy(problem, target, measures, RemedyType.BY_DEADLINE, 90, lead, support, null);
    }
}
