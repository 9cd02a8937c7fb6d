package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Status;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every criterion, met and unmet, through the real rules filtered to it (fixture: criteria/cases.yaml). */
class CriterionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/criteria/cases.yaml");

    record Case(String criterion, String name, String level, Map<String, Object> facts, Status status,
                double points, boolean doubt, boolean veto) {
        @Override
        public String toString() {
            return criterion + ": " + name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void criterionDecidesAsExpected(Case c) {
        // when
        Finding finding = RuleHarness.decide(c.criterion(), c.level(), c.facts());
        // then
        assertThat(finding.criterion()).isEqualTo(c.criterion());
        assertThat(finding.status()).as("status, by rule %s", finding.rule()).isEqualTo(c.status());
        assertThat(finding.points()).as("points, by rule %s", finding.rule()).isEqualTo(c.points());
        assertThat(finding.dataDoubt()).isEqualTo(c.doubt());
        assertThat(finding.veto()).isEqualTo(c.veto());
        assertThat(finding.rule()).isNotBlank();
        if (finding.status().isGap() || finding.dataDoubt()) {
            assertThat(finding.gap()).as("a gap says what is wrong").isNotBlank().doesNotContain("{");
        }
        assertThat(finding.evidence()).allSatisfy(e -> assertThat(c.facts()).containsKey(e.key()));
    }

    @Test
    void everyCriterionHasAMetAndAnUnmetCase() throws IOException {
        List<Case> cases = load();
        for (Criterion criterion : RuleHarness.CHECKLIST.criteria()) {
            List<Case> mine = cases.stream().filter(c -> c.criterion().equals(criterion.id())).toList();
            assertThat(mine).as("cases for %s", criterion.id()).hasSizeGreaterThanOrEqualTo(2);
            if (criterion.method() == Method.MANUAL) {
                continue; // nothing in a report can meet or miss it: its cases pin that it stays manual
            }
            if (criterion.method() == Method.VETO) {
                assertThat(mine).as("a triggered case for %s", criterion.id()).anyMatch(Case::veto);
                assertThat(mine).as("an untriggered case for %s", criterion.id()).anyMatch(c -> !c.veto());
                continue;
            }
            assertThat(mine).as("a met case for %s", criterion.id()).anyMatch(c -> c.status() == Status.MET);
            assertThat(mine).as("an unmet case for %s", criterion.id()).anyMatch(c -> c.status() != Status.MET);
        }
    }

    static List<Case> cases() throws IOException {
        return load();
    }

    @SuppressWarnings("unchecked")
    private static List<Case> load() throws IOException {
        Map<String, List<Map<String, Object>>> raw = new ObjectMapper(new YAMLFactory()).readValue(CASES.toFile(), Map.class);
        List<Case> cases = new ArrayList<>();
        raw.forEach((id, list) -> list.forEach(m -> cases.add(new Case(id, (String) m.get("name"),
                (String) m.getOrDefault("level", "county"), (Map<String, Object>) m.get("facts"),
                Status.valueOf((String) m.get("status")), ((Number) m.get("points")).doubleValue(),
                Boolean.TRUE.equals(m.get("doubt")), Boolean.TRUE.equals(m.get("veto"))))));
        return cases;
    }
}
