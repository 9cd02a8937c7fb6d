package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A province's 细则 written as "the bundled checklist with these changes" (extends:), laid over its base. */
class ChecklistVariantTest {
    private static final String PROVINCE = """
            extends: bundled
            name: 某省2024年度法治政府建设考评细则（县级政府）
            categories:
                -   id: B
                    criteria:
                        -   id: B5
                            target: 95
                            deduct: 1
                -   id: A
                    criteria:
                        -   id: A8
                            title: 年度报告经本级党委常委会审议
                            points: 0
                            levels: [county]
                            method: manual
                            indicators: []
                            gap: 报告文本不能证明经党委常委会审议
                            ledger: {problem: 年度报告未经党委常委会审议, target: 报告经审议后报送, measures: 报送前提请党委常委会审议；会议纪要留存备查,
                                     type: 立行立改, lead: 政府办公室}
                            basis: 某省法治政府建设考评细则
                -   id: J
                    criteria:
                        -   id: J1
                            drop: true
            """;

    @TempDir
    Path dir;

    private Checklist load(String name, String yaml) throws IOException {
        return new ChecklistLoader().load(Files.writeString(dir.resolve(name), yaml));
    }

    @Test
    void aVariantChangesAddsAndDropsCriteriaAndKeepsTheRestOfItsBase() throws IOException {
        Checklist bundled = new ChecklistLoader().load(Path.of("criteria.yaml"));
        Checklist province = load("province.yaml", PROVINCE);

        assertThat(province.name()).isEqualTo("某省2024年度法治政府建设考评细则（县级政府）");
        Criterion b5 = province.criterion("B5").orElseThrow();
        assertThat(b5.target()).isEqualTo(95);
        assertThat(b5.deduct()).isEqualTo(1);
        assertThat(b5.title()).as("fields the variant leaves out come from the base").isEqualTo(bundled.criterion("B5").orElseThrow().title());
        assertThat(province.criterion("J1")).isEmpty();
        assertThat(province.criterion("A8")).hasValueSatisfying(c -> assertThat(c.remedy().lead()).isEqualTo("政府办公室"));
        assertThat(province.criteria()).hasSize(bundled.criteria().size());
        assertThat(province.indicators().keySet()).containsExactlyElementsOf(bundled.indicators().keySet());
    }

    @Test
    void aVariantMayExtendAVariantBesideIt() throws IOException {
        load("province.yaml", PROVINCE);
        Checklist city = load("city.yaml", """
                extends: province.yaml
                name: 某市2024年度细则
                categories:
                    -   id: B
                        criteria:
                            -   id: B5
                                target: 98
                """);

        assertThat(city.name()).isEqualTo("某市2024年度细则");
        assertThat(city.criterion("B5").orElseThrow().target()).isEqualTo(98);
        assertThat(city.criterion("B5").orElseThrow().deduct()).as("the province's change stands").isEqualTo(1);
        assertThat(city.criterion("A8")).isPresent();
    }

    @Test
    void whatCannotBeLaidOverTheBaseIsNamedWithItsFileAndLine() throws IOException {
        assertThatThrownBy(() -> load("bad.yaml", "extends: bundled\ncategories:\n    -   id: J\n        criteria:\n"
                + "            -   {id: J9, drop: true}\n"))
                .hasMessageContaining("bad.yaml:5: categories (J).criteria (J9): drop: true, but the base has no J9");
        assertThatThrownBy(() -> load("typo.yaml", "extends: bundled\nname: x\ncategories:\n    -   id: B\n        criteria:\n"
                + "            -   {id: B55, points: 4}\n"))
                .hasMessageContaining("typo.yaml:6: categories (B).criteria (B55): the base has no B55 to change; a new criterion also needs title, levels, method, indicators, gap, basis");
        assertThatThrownBy(() -> load("missing.yaml", "name: x\nextends: 没有这个文件.yaml\n"))
                .hasMessageContaining("missing.yaml:2: extends: '没有这个文件.yaml': no such file");
    }

    @Test
    void aCircleOfExtendsIsNamedFileByFile() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "extends: b.yaml\nname: a\n");
        Files.writeString(dir.resolve("b.yaml"), "name: b\nextends: a.yaml\n");

        assertThatThrownBy(() -> new ChecklistLoader().load(dir.resolve("a.yaml")))
                .hasMessageContaining("b.yaml:2: extends: 'a.yaml' goes round in a circle (a.yaml → b.yaml → a.yaml)");
        assertThatThrownBy(() -> load("loop.yaml", "extends: loop.yaml\nname: x\n"))
                .hasMessageContaining("loop.yaml:1: extends: 'loop.yaml' goes round in a circle (loop.yaml → loop.yaml)");
    }

    @Test
    void theMergedChecklistIsCheckedAndEachProblemPlacedInTheVariant() throws IOException {
        assertThatThrownBy(() -> load("points.yaml", "extends: bundled\ntotal_points: 90\n"))
                .hasMessageContaining("points.yaml:2: total_points: is 90 but no profile's criteria add up to it (province 100, city 100, county 100, township 83");
        assertThatThrownBy(() -> load("nocap.yaml", """
                extends: bundled
                name: 某县细则
                categories:
                    -   id: J
                        criteria:
                            -   id: J6
                                title: 报告未按时公开（扣分项）
                                points: 0
                                levels: [county]
                                method: deduction
                                indicators: [penalty.normdoc_unfiled]
                                per_item: 1
                                gap: 扣{deducted}分
                                basis: 某县细则
                """)).hasMessageContaining("nocap.yaml:6: categories[11].criteria[5] (J6): missing key 'cap'");
        assertThatThrownBy(() -> load("empty-profile.yaml", """
                extends: bundled
                profiles:
                    water: {zh: 水利部门, like: department, names: ['水利局']}
                    village: {zh: 村（社区）, levels: [village]}
                """)).hasMessageContaining("empty-profile.yaml:4: profiles.village: no criterion applies to it")
                .hasMessageNotContaining("profiles.water");
        assertThatThrownBy(() -> load("like.yaml", """
                extends: bundled
                profiles:
                    water: {zh: 水利部门, like: irrigation}
                    irrigation: {zh: 灌区, like: water}
                """)).hasMessageContaining("like.yaml:3: profiles.water.like: goes round in a circle");
    }
}
