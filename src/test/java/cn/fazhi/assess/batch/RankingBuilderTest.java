package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RankingBuilderTest {
    private final RankingBuilder builder = new RankingBuilder(RuleHarness.PIPELINE.checklist());

    @Test
    void unitsOfOneLevelShareRanksOnEqualTotals() {
        Ranking r = builder.build(List.of(unit("甲区", "county", 80), unit("乙区", "county", 90), unit("丙区", "county", 80),
                unit("丁区", "county", 70)), List.of(), List.of());

        assertThat(r.units()).extracting(x -> x.unit().unit()).containsExactly("乙区", "丙区", "甲区", "丁区");
        assertThat(r.units()).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4);
        assertThat(r.groups()).hasSize(1);
    }

    @Test
    void townshipsAndDepartmentsAreRankedInTheirOwnGroupsAfterTheCounties() {
        Ranking r = builder.build(List.of(unit("东城街道", "township", 95), unit("甲区", "county", 70),
                unit("司法局", "department", 99), unit("乙区", "county", 85), unit("西城街道", "township", 60)), List.of(), List.of());

        assertThat(r.units()).extracting(x -> x.unit().unit()).containsExactly("乙区", "甲区", "东城街道", "西城街道", "司法局");
        assertThat(r.units()).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 1, 2, 1);
        assertThat(r.groups()).extracting(Ranking.Group::level).containsExactly("county", "township", "department");
        assertThat(r.groups().get(1).units()).extracting(x -> x.unit().unit()).containsExactly("东城街道", "西城街道");
    }

    private static UnitSummary unit(String name, String level, double total) {
        return new UnitSummary(name + ".txt", name, level, 2023, total, "合格", false, List.of(), 0, Map.of(), name + "-整改台账.xlsx");
    }
}
