package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.Status;
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
    private static final ReportFact FLAG = new ReportFact("a.flag", IndicatorType.FLAG, true, "甲制度已建立");
    private static final String HEADER = """
            package test.rules;
            import cn.fazhi.assess.domain.*;
            import java.util.List;
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
                    CriterionFacts( id == "X1", $c : criterion ) )
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
        Checklist custom = customX1();

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

    @Test
    void customRuleReadsTheCriterionsFactsByKey() throws IOException {
        Checklist custom = customX1();
        Files.writeString(rules.resolve("09_x.drl"), HEADER + """
                rule "X1-met"
                    @criterionId("X1")
                when
                    CriterionFacts( id == "X1", applicable, $c : criterion, $f : fact("a.flag") != null )
                then
                    findings.add( Findings.met($c, drools.getRule().getName(), List.of($f)) );
                end

                rule "X1-not-reported"
                    @criterionId("X1")
                when
                    CriterionFacts( id == "X1", applicable, $c : criterion, fact("a.flag") == null )
                then
                    findings.add( Findings.notReported($c, drools.getRule().getName()) );
                end
                """);
        ScoringEngine engine = new ScoringEngine(custom, RuleBase.compile(rules, custom));
        Criterion x1 = custom.criterion("X1").orElseThrow();

        Finding stated = engine.findings(COUNTY, List.of(x1), Map.of("a.flag", FLAG), name -> true).get(0);
        Finding silent = engine.findings(COUNTY, List.of(x1), Map.of(), name -> true).get(0);

        assertThat(stated.status()).isEqualTo(Status.MET);
        assertThat(stated.rule()).isEqualTo("X1-met");
        assertThat(stated.evidence()).extracting(Evidence::quote).containsExactly("甲制度已建立");
        assertThat(silent.status()).isEqualTo(Status.NOT_REPORTED);
        assertThat(silent.rule()).isEqualTo("X1-not-reported");
    }

    @Test
    void customRuleReadingAKeyItsCriterionDoesNotListFails() throws IOException {
        Checklist custom = customX1();
        writeX1Rule(HEADER, ", fact(\"b.rate\") != null", "findings.add( Findings.manual($c, drools.getRule().getName()) );");
        ScoringEngine engine = new ScoringEngine(custom, RuleBase.compile(rules, custom));

        assertThatThrownBy(() -> engine.findings(COUNTY, custom.criteria(), Map.of(), name -> true))
                .hasStackTraceContaining("a rule for criterion X1 reads 'b.rate', which the criterion does not list");
    }

    @Test
    void rulesFileWithoutTheFindingsGlobal() throws IOException {
        writeX1Rule(HEADER.replace("global java.util.List findings;", ""), "", INSERTED);

        assertThatThrownBy(() -> RuleBase.compile(rules, customX1()))
                .hasMessageContaining("09_x.drl: declares no `global java.util.List findings;`");
    }

    @Test
    void ruleInsertingItsFindingIsToldToAddItToTheList() throws IOException {
        Checklist custom = customX1();
        writeX1Rule(HEADER, "", INSERTED);
        ScoringEngine engine = new ScoringEngine(custom, RuleBase.compile(rules, custom));

        assertThatThrownBy(() -> engine.findings(COUNTY, custom.criteria(), Map.of(), name -> true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a rule inserted a Finding as a fact");
    }

    /** One rule for X1 in its own file: {@code conditions} are added to its pattern, {@code consequence} is its action. */
    private void writeX1Rule(String header, String conditions, String consequence) throws IOException {
        Files.writeString(rules.resolve("09_x.drl"), header + """
                rule "X1-rule"
                    @criterionId("X1")
                when
                    CriterionFacts( id == "X1", $c : criterion%s )
                then
                    %s
                end
                """.formatted(conditions, consequence));
    }

    private Checklist customX1() throws IOException {
        Path yaml = Files.writeString(dir.resolve("custom.yaml"),
                Files.readString(Path.of("src/test/resources/checklist/minimal.yaml")).replace("method: presence", "method: custom"));
        return new ChecklistLoader().load(yaml);
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
