package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsFileReaderTest {
    private static final Path XIALU = Path.of("samples/facts/000_14537a11da58042f.yaml");
    private final FactsFileReader reader = new FactsFileReader(RuleHarness.CHECKLIST);

    @TempDir
    Path dir;

    @Test
    void readsAGoldFile() {
        ReportFacts facts = reader.read(XIALU);

        assertThat(facts.unit()).isEqualTo("下陆区");
        assertThat(facts.level()).isEqualTo("county");
        assertThat(facts.year()).isEqualTo(2023);
        assertThat(facts.source()).isEqualTo("000_14537a11da58042f.txt");
        assertThat(facts.facts()).hasSize(25).doesNotContainKey("normdoc.issued"); // that one is uncertain:
        assertThat(facts.facts().get("dispute.mediation_success_rate").value()).isEqualTo(99.6);
        assertThat(facts.facts().get("dispute.court_appearance_rate").quote()).isEqualTo("行政机关负责人出庭应诉率达到100%");
        assertThat(facts.facts().get("report.achievements").value()).isEqualTo(true);
        assertThat(facts.warnings()).isEmpty();
    }

    @Test
    void readsJson() throws IOException {
        Path json = write("unit.json", """
                {"report": "r.txt", "meta": {"unit": "测试区", "level": "county", "year": 2024},
                 "facts": {"dispute.court_appearance_rate": {"value": 95.5, "quote": "出庭应诉率95.5%"}}}
                """);

        ReportFacts facts = reader.read(json);

        assertThat(facts.year()).isEqualTo(2024);
        assertThat(facts.facts().get("dispute.court_appearance_rate").number()).isEqualTo(95.5);
    }

    @Test
    void unknownFactKeyIsAWarningAndTheRestIsKept() throws IOException {
        Path file = write("unknown.yaml", """
                meta: {unit: 测试区, level: county, year: 2023}
                facts:
                  no.such.key: {value: true, quote: x}
                  leadership.xi_thought_study: {value: true, quote: 学习贯彻习近平法治思想}
                """);

        ReportFacts facts = reader.read(file);

        assertThat(facts.facts()).containsOnlyKeys("leadership.xi_thought_study");
        assertThat(facts.warnings()).singleElement().asString()
                .contains("unknown.yaml").contains("facts.no.such.key").contains("ignored");
    }

    @Test
    void rateAbove100IsAnErrorNamingTheKey() throws IOException {
        Path file = write("rate.yaml", "meta: {level: county}\nfacts:\n  dispute.court_appearance_rate: {value: 130, quote: q}\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.details())
                        .containsExactly("dispute.court_appearance_rate", "130 is not a rate: a percentage must be from 0 to 100"))
                .hasMessageContaining("rate.yaml: facts.dispute.court_appearance_rate: 130 is not a rate");
    }

    @Test
    void negativeCountIsAnErrorNamingTheKey() throws IOException {
        Path file = write("count.yaml", "facts:\n  dispute.litigation_cases: {value: -1, quote: q}\n");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("count.yaml: facts.dispute.litigation_cases: -1 is not a count");
    }

    @Test
    void fractionalCountIsAnError() throws IOException {
        Path file = write("frac.yaml", "facts:\n  dispute.litigation_cases: {value: 2.5, quote: q}\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("2.5 is not a count");
    }

    @Test
    void flagMaybeIsAnErrorNamingTheKey() throws IOException {
        Path file = write("flag.yaml", "facts:\n  normdoc.filed: {value: maybe, quote: q}\n");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("flag.yaml: facts.normdoc.filed: 'maybe' is not a flag");
    }

    @Test
    void falseOrNullTakesAFactBack() throws IOException {
        Path file = write("corrected.yaml", """
                facts:
                  normdoc.filed: {value: false, quote: q}
                  dispute.litigation_cases: {value: null}
                  normdoc.cleanup: {value: true, quote: 清理规范性文件}
                """);

        assertThat(reader.read(file).facts()).containsOnlyKeys("normdoc.cleanup");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("empty.yaml", "");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY_FILE)).hasMessage(file + ": the file is empty");
    }

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        Path file = write("broken.yaml", "meta: {unit: x\nfacts: [\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessageMatching("(?s).*broken\\.yaml:\\d+:\\d+: malformed YAML.*")
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.line()).isPositive());
    }

    @Test
    void aListIsNotAFactsFile() throws IOException {
        Path file = write("list.yaml", "- a\n- b\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOP_LEVEL_NOT_A_MAPPING)).hasMessageContaining("expected a mapping");
    }

    @Test
    void fullWidthDigitsAreTheNumbersTheySay() throws IOException {
        Path file = write("fullwidth.yaml", """
                meta: {unit: 测试区, level: county, year: ２０２３}
                facts:
                  dispute.court_appearance_rate: {value: ９９．６, quote: 出庭应诉率达到９９．６％}
                  dispute.litigation_cases: {value: "１２", quote: 行政诉讼案件１２件}
                """);

        ReportFacts facts = reader.read(file);

        assertThat(facts.year()).isEqualTo(2023);
        assertThat(facts.facts().get("dispute.court_appearance_rate").number()).isEqualTo(99.6);
        assertThat(facts.facts().get("dispute.litigation_cases").number()).isEqualTo(12);
    }

    @Test
    void aFullWidthRateAbove100IsStillAnError() throws IOException {
        Path file = write("rate.yaml", "facts:\n  dispute.court_appearance_rate: {value: １３０, quote: q}\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("１３０ is not a rate");
    }

    @Test
    void badYearIsAnError() throws IOException {
        Path file = write("year.yaml", "meta: {year: 二〇二三}\nfacts: {}\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.META_YEAR_INVALID))
                .hasMessageContaining("meta.year: '二〇二三' is not a year");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
