package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each bad fixture is the minimal checklist with one change; the error names the file and the key. */
class ChecklistLoaderTest {
    static final Path MINIMAL = Path.of("src/test/resources/checklist/minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void loadsTheMinimalChecklist() {
        Checklist checklist = new ChecklistLoader().load(MINIMAL);

        assertThat(checklist.criteria()).extracting(c -> c.id()).containsExactly("X1", "X2");
        assertThat(checklist.criterion("X2").orElseThrow().method()).isEqualTo(Method.RATE);
        assertThat(checklist.criterion("X2").orElseThrow().targetIsRate()).isTrue();
        assertThat(checklist.criterion("X1").orElseThrow().category()).isEqualTo("X");
        assertThat(checklist.profileFor("township", "某镇").map(p -> p.id())).contains("township");
        assertThat(checklist.gradeFor(59.99)).isEqualTo("不合格");
        assertThat(checklist.gradeFor(60)).isEqualTo("合格");
    }

    @Test
    void loadsTheProjectChecklist() {
        Checklist checklist = new ChecklistLoader().load(Path.of("criteria.yaml"));

        assertThat(checklist.criteria()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(checklist.categories()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(checklist.totalPoints()).isEqualTo(100);
        assertThat(checklist.criteria()).anyMatch(c -> c.method() == Method.VETO)
                .anyMatch(c -> c.method() == Method.BONUS).anyMatch(c -> c.method() == Method.ALL_OF)
                .anyMatch(c -> c.method() == Method.MANUAL).anyMatch(c -> !c.claim().isEmpty());
    }

    @Test
    void aNegativeIndicatorIsMarkedAndOthersAreNot() throws IOException {
        Path file = variant("criteria-negative.yaml", "a.flag: {type: flag, zh: 甲制度}",
                "a.flag: {type: flag, zh: 甲制度, negative: true}");

        Checklist checklist = new ChecklistLoader().load(file);

        assertThat(checklist.indicators().get("a.flag").negative()).isTrue();
        assertThat(checklist.indicators().get("b.rate").negative()).isFalse();
    }

    @Test
    void unknownKeyNamesFileLineAndKey() throws IOException {
        Path bad = variant("criteria-unknown-key.yaml", "                points: 4\n", "                points: 4\n                pointz: 3\n");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad)).isInstanceOf(ChecklistException.class)
                .hasMessageContaining("criteria-unknown-key.yaml:26:")
                .hasMessageContaining("unknown key 'pointz'")
                .hasMessageContaining("categories[0].criteria[0]");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        Path bad = variant("criteria-missing-basis.yaml", "                basis: 某文件\n            -   id: X2", "            -   id: X2");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("criteria-missing-basis.yaml:")
                .hasMessageContaining("missing key 'basis'");
    }

    @Test
    void duplicateIdIsRejected() throws IOException {
        Path bad = variant("criteria-duplicate-id.yaml", "id: X2", "id: X1");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("criteria-duplicate-id.yaml:34: categories[0].criteria[1] (X1): duplicate criterion id 'X1'");
    }

    @Test
    void unknownIndicatorIsRejected() throws IOException {
        Path bad = variant("criteria-unknown-indicator.yaml", "indicators: [a.flag]", "indicators: [c.none]");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("criteria[0] (X1).indicators: unknown indicator 'c.none'");
    }

    @Test
    void pointsThatDoNotAddUpAreRejected() throws IOException {
        Path bad = variant("criteria-points.yaml", "                points: 4\n", "                points: 5\n");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("categories[0] (X).points: is 10 but its regular criteria add up to 11");
    }

    @Test
    void totalMustMatchTheCategories() throws IOException {
        Path bad = variant("criteria-total.yaml", "total_points: 10", "total_points: 100");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("total_points: is 100 but no profile's criteria add up to it (county 10, township 4)");
    }

    @Test
    void unknownMethodIsRejected() throws IOException {
        Path bad = variant("criteria-method.yaml", "method: presence", "method: Presence!");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X1).method: 'Presence!' is not a method name");
    }

    @Test
    void methodAndIndicatorTypeMustAgree() throws IOException {
        Path bad = variant("criteria-type.yaml", "indicators: [b.rate]", "indicators: [a.flag]");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X2).indicators: 'a.flag' is a flag, but rate needs a rate");
    }

    @Test
    void rateNeedsATarget() throws IOException {
        Path bad = variant("criteria-target.yaml", "                target: 100\n", "");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X2): missing key 'target'");
    }

    @Test
    void aChecklistWithoutWordingTakesTheBundledOne() {
        Criterion x2 = new ChecklistLoader().load(MINIMAL).criterion("X2").orElseThrow();

        assertThat(x2.wording().fill("not_reported", "indicator", "乙率", "target_clause", "")).isEqualTo("报告未体现乙率");
    }

    @Test
    void wordingMustGiveEveryKeyAndOnlyKnownOnes() throws IOException {
        Path bad = variant("criteria-wording.yaml", "categories:", """
                wording:
                    not_reported: 未写{indicator}
                    not_reportd: 拼错了
                categories:""");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("wording: missing 'claimed_not_quantified'")
                .hasMessageContaining("wording: unknown key 'not_reportd'");
    }

    @Test
    void exemptIfNeedsACountAndItsWords() throws IOException {
        Path bad = variant("criteria-exempt.yaml", "                deduct: 1\n", """
                                deduct: 1
                                exempt_if: {key: a.flag, equals: 0}
                """);

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X2).exempt_if.key: 'a.flag' is a flag, but a count or rate is needed")
                .hasMessageContaining("(X2).wording: missing 'exempt'");
    }

    @Test
    void consistencyNeedsItsRolesAmongTheIndicators() throws IOException {
        Path bad = variant("criteria-consistency.yaml", "method: rate", "method: consistency");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X2): missing key 'consistency'");
    }

    @Test
    void computeFromOnlyForRates() throws IOException {
        Path bad = variant("criteria-compute.yaml", "                indicators: [a.flag]\n", """
                                indicators: [a.flag]
                                compute_from: {part: b.rate, whole: b.rate}
                """);

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X1).compute_from: only rate criteria take it")
                .hasMessageContaining("(X1).compute_from.part: 'b.rate' is a rate, but presence needs a count");
    }

    @Test
    void unknownProfileInLevels() throws IOException {
        Path bad = variant("criteria-levels.yaml", "levels: [county]", "levels: [county, village]");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad))
                .hasMessageContaining("(X2).levels: unknown profile 'village'");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");

        assertThatThrownBy(() -> new ChecklistLoader().load(empty)).hasMessageContaining("empty.yaml: the file is empty");
    }

    @Test
    void malformedYamlIsRejected() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.yaml"), "version: 1\nname: x\nindicators:\n    a: {type: flag, patterns: ['x' ]]\n");

        assertThatThrownBy(() -> new ChecklistLoader().load(bad)).hasMessageStartingWith(bad + ":4:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> new ChecklistLoader().load(dir.resolve("nope.yaml")))
                .hasMessageContaining("nope.yaml: no such file");
    }

    private Path variant(String name, String from, String to) throws IOException {
        String text = Files.readString(MINIMAL);
        assertThat(text).as("fixture text to replace").contains(from);
        return Files.writeString(dir.resolve(name), text.replaceFirst(Pattern.quote(from),
                Matcher.quoteReplacement(to)));
    }
}
