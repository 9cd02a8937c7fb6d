package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.UnitInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules must compile and fit the checklist; each broken rules folder fails with file and rule named. */
class RuleBaseTest {
    private static final UnitInfo COUNTY = new UnitInfo("测试县", "county", "county", 2023);
    private static final String INSERTED = "insert( Findings.manual($c, drools.getRule().getName()) );";
    private static final String HEADER = """
            package test.rules;
            import cn.fazhi.assess.domain.*;
                        global java.util.List findings;
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
    void methodMetadataIsReadAsAList() {
        RuleInfo rule = RuleHarness.RULES.rules().stream().filter(r -> r.name().equals("quantity-met")).findFirst().orElseThrow();

        assertThat(rule.methods()).containsExactly("rate", "count");
        assertThat(rule.file()).endsWith("00_methods.drl");
        assertThat(RuleHarness.RULES.rules()).allSatisfy(r -> assertThat(r.criterion()).isNull());
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws IOException {
        Files.writeString(rules.resolve("09_broken.drl"), HEADER + """
                rule "broken"
                    @method("presence")
                when
                    CriterionFacts( id == "X1", $c : criterion ) )
                then
                end
                """);

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal)).isInstanceOf(ChecklistException.class)
                .hasMessageMatching("(?s).*09_broken\\.drl:\\d+: .*");
    }

    @Test
    void aRuleForOneCriterionIsRefused() throws IOException {
        writeRule("X1-special", "@criterionId(\"X1\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("rule \"X1-special\": names criterion 'X1', but rules decide methods");
    }

    @Test
    void ruleWithoutMetadata() throws IOException {
        writeRule("anonymous", "");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("rule \"anonymous\": names no method");
    }

    @Test
    void ruleNamingNoMethodName() throws IOException {
        writeRule("weighted-met", "@method(\"Weighted!\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("rule \"weighted-met\": names 'Weighted!', which is not a method name");
    }

    @Test
    void aMisspeltMethodIsOneNoRuleImplements() throws IOException {
        Path yaml = Files.writeString(dir.resolve("misspelt.yaml"),
                Files.readString(Path.of("src/test/resources/checklist/minimal.yaml")).replace("method: presence", "method: presense"));
        Checklist misspelt = new ChecklistLoader().load(yaml);

        assertThatThrownBy(() -> RuleBase.compile(rules, misspelt))
                .hasMessageContaining("criterion X1: no rule implements its method 'presense'");
    }

    @Test
    void aNewMethodIsOneDrlFile() throws IOException {
        Path yaml = Files.writeString(dir.resolve("new-method.yaml"),
                Files.readString(Path.of("src/test/resources/checklist/minimal.yaml")).replace("method: presence", "method: double_check"));
        Checklist checklist = new ChecklistLoader().load(yaml);
        Files.writeString(rules.resolve("10_double_check.drl"), HEADER + """
                // double_check: stated is not enough, the evaluator looks again (需人工核查 either way, a note says why)
                rule "double-check-stated"
                    @method("double_check")
                when
                    CriterionFacts( method == Method.of("double_check"), applicable, $c : criterion, stated.size > 0 )
                then
                    findings.add( Findings.manual($c, drools.getRule().getName()) );
                end

                rule "double-check-silent"
                    @method("double_check")
                when
                    CriterionFacts( method == Method.of("double_check"), applicable, $c : criterion, stated.size == 0 )
                then
                    findings.add( Findings.notReported($c, drools.getRule().getName()) );
                end
                """);
        ScoringEngine engine = new ScoringEngine(checklist, RuleBase.compile(rules, checklist));

        OneFindingProof.Result proof = OneFindingProof.check(checklist, engine);
        List<Finding> stated = engine.findings(COUNTY, checklist.criteria(),
                Map.of("a.flag", new ReportFact("a.flag", IndicatorType.FLAG, true, "甲制度已建立")), name -> true);

        assertThat(proof.problems()).isEmpty();
        assertThat(stated.get(0).rule()).isEqualTo("double-check-stated");
        assertThat(stated.get(0).method().yamlName()).isEqualTo("double_check");
    }

    @Test
    void methodWithoutRules() throws IOException {
        Files.delete(rules.resolve("00_methods.drl"));
        writeRule("presence-only", "@method(\"presence\")");

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("criterion X2: no rule implements its method 'rate'");
    }

    @Test
    void missingFolderAndEmptyFolder() throws IOException {
        assertThatThrownBy(() -> RuleBase.compile(dir.resolve("none"), minimal)).hasMessageContaining("no rules folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> RuleBase.compile(empty, minimal)).hasMessageContaining("no .drl files");
    }

    @Test
    void rulesFileWithoutTheFindingsGlobal() throws IOException {
        writeOwnRule(HEADER.replace("global java.util.List findings;", ""));

        assertThatThrownBy(() -> RuleBase.compile(rules, minimal))
                .hasMessageContaining("09_x.drl: declares no `global java.util.List findings;`");
    }

    @Test
    void ruleInsertingItsFindingIsToldToAddItToTheList() throws IOException {
        Files.delete(rules.resolve("00_methods.drl"));
        writeOwnRule(HEADER);
        ScoringEngine engine = new ScoringEngine(minimal, RuleBase.compile(rules, minimal));

        assertThatThrownBy(() -> engine.findings(COUNTY, minimal.criteria(), Map.of(), name -> true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a rule inserted a Finding as a fact");
    }

    /** The only rule of the minimal checklist's methods, in its own file: it inserts its finding as a fact. */
    private void writeOwnRule(String header) throws IOException {
        Files.writeString(rules.resolve("09_x.drl"), header + """
                rule "inserting"
                    @method("presence, rate")
                when
                    CriterionFacts( $c : criterion )
                then
                    %s
                end
                """.formatted(INSERTED));
    }

    private void writeRule(String name, String metadata) throws IOException {
        Files.writeString(rules.resolve("09_extra.drl"), HEADER + """
                rule "%s"
                    %s
                when
                    CriterionFacts( id == "X1", $c : criterion )
                then
                    findings.add( Findings.manual($c, drools.getRule().getName()) );
                end
                """.formatted(name, metadata));
    }
}
