package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules must compile and fit the checklist; each broken rules folder fails with file and rule named. */
class RuleBaseTest {
    private static final String HEADER = """
            package test.rules;
            import cn.fazhi.assess.domain.*;
            import java.util.List;
            """;

    @TempDir
    Path dir;
    Path rules;
    Checklist minimal;

    @BeforeEach
    void copyGenericRules() throws IOException {
        rules = Files.createDirectory(dir.resolve("rules"));
        Files.copy(Path.of("rules/00_methods.drl"), rules.resolve("00_methods.drl"));
        minimal = new ChecklistLoader().load(Path.of("src/test/resources/checklist/minimal.yaml"));
    }

    @Test
    void genericRulesCoverTheMinimalChecklist() {
        RuleBase base = RuleBase.compile(rules, minimal);

        assertThat(base.fileCount()).isEqualTo(1);
        assertThat(base.rules()).extracting(RuleInfo::name).contains("presence-met", "quantity-below-target");
    }

    @Test
    void criterionIdMetadataIsReadAsThePlainId() {
        RuleInfo rule = RuleHarness.RULES.rules().stream().filter(r -> r.name().equals("A6-consistent")).findFirst().orElseThrow();

        assertThat(rule.criterion()).isEqualTo("A6");
        assertThat(rule.file()).endsWith("01_report.drl");
        assertThat(RuleHarness.RULES.rules().stream().filter(r -> r.name().equals("quantity-met")).findFirst().orElseThrow()
                .methods()).containsExactly("rate", "count");
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Files.writeString(rules.resolve("09_broken.drl"), HEADER + """
                rule "X1-broken"
                    @criterionId("X1")
                when
                    $c : Criterion( id == "X1" ) )
                then
                end
                """);

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal)).isInstanceOf(ChecklistException.class)
                .hasMessageMatching("(?s).*09_broken\\.drl:\\d+: .*");
    }

    @Test
    void ruleNamingUnknownCriterion() throws IOException {
        writeRule("Z9-met", "@criterionId(\"Z9\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("rule \"Z9-met\": names unknown criterion 'Z9'");
    }

    @Test
    void ruleWithoutMetadata() throws IOException {
        writeRule("X1-anonymous", "");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("rule \"X1-anonymous\": names neither @criterionId");
    }

    @Test
    void ruleNameMustStartWithItsCriterion() throws IOException {
        writeRule("met-for-x1", "@criterionId(\"X1\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("must be named \"X1-…\"");
    }

    @Test
    void ownRulesNeedACustomCriterion() throws IOException {
        writeRule("X1-special", "@criterionId(\"X1\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("criterion X1 has its own rules")
                .hasMessageContaining("set method: custom");
    }

    @Test
    void customCriterionWithoutRules() throws IOException {
        Path yaml = Files.writeString(dir.resolve("custom.yaml"),
                Files.readString(Path.of("src/test/resources/checklist/minimal.yaml")).replace("method: presence", "method: custom"));
        Checklist custom = new ChecklistLoader().load(yaml);

        assertThatThrownBy(() -> RuleBase.compile(rules, custom))
                .hasMessageContaining("criterion X1 (method custom): no rule names it");
    }

    @Test
    void methodWithoutGenericRules() throws IOException {
        Files.delete(rules.resolve("00_methods.drl"));
        writeRule("X1-met", "@criterionId(\"X1\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("criterion X2: no rule implements its method 'rate'");
    }

    @Test
    void missingFolderAndEmptyFolder() throws IOException {
        assertThatThrownBy(() -> RuleBase.compile(dir.resolve("none"), minimal)).hasMessageContaining("no rules folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> RuleBase.compile(empty, minimal)).hasMessageContaining("no .drl files");
    }

    private void writeRule(String name, String metadata) throws IOException {
        Files.writeString(rules.resolve("09_extra.drl"), HEADER + """
                rule "%s"
                    %s
                when
                    $c : Criterion( id == "X1" )
                then
                    insert( Findings.manual($c, drools.getRule().getName()) );
                end
                """.formatted(name, metadata));
    }
}
