package cn.fazhi.assess.web;

import cn.fazhi.assess.batch.RankingBuilder;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An assessment of 235 units (205 counties, 30 townships): a page at a time, filtered by name or level. */
class AssessmentViewTest {
    private static final Store.Assessment ASSESSMENT = new Store.Assessment(1, "全省考评", 2023, null, "默认", LocalDateTime.now(), 235, null);
    private static final Ranking RANKING = ranking();

    private static Ranking ranking() {
        List<UnitSummary> units = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            units.add(unit("第" + i + "区", "county", 50 + i * 0.2));
        }
        for (int i = 0; i < 30; i++) {
            units.add(unit("第" + i + "街道", "township", 40 + i));
        }
        return new RankingBuilder(RuleHarness.CHECKLIST).build(units, List.of(), List.of());
    }

    private static UnitSummary unit(String name, String level, double total) {
        return new UnitSummary(name + ".txt", name, level, 2023, total, "合格", false, List.of(), 1, Map.of("A1", 2.0), "/reports/1");
    }

    private static AssessmentView view(String q, String level, int page) {
        return AssessmentView.of(ASSESSMENT, RANKING, List.of(), 20, RuleHarness.CHECKLIST, new AssessmentView.Filter(q, level, page), List.of(ASSESSMENT));
    }

    @Test
    void fiftyUnitsAPageWithTheChartsOverAllOfThem() {
        AssessmentView first = view("", "", 1);
        AssessmentView fifth = view("", "", 5);

        assertThat(first.paging()).isEqualTo(new AssessmentView.Paging(1, 5, 1, 50, 235));
        assertThat(first.groups()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("县级政府");
            assertThat(g.units()).isEqualTo(205);
            assertThat(g.rows()).hasSize(50);
            assertThat(g.rows().get(0).unit()).isEqualTo("第204区");
        });
        assertThat(first.histogram().stream().mapToInt(b -> b.units()).sum()).isEqualTo(235);
        assertThat(fifth.paging()).isEqualTo(new AssessmentView.Paging(5, 5, 201, 235, 235));
        assertThat(view("", "", 99).paging().page()).isEqualTo(5);
    }

    @Test
    void aPageCanHoldTheEndOfOneGroupAndTheStartOfTheNext() {
        AssessmentView fifth = view("", "", 5);

        assertThat(fifth.groups()).extracting(AssessmentView.Group::title).containsExactly("县级政府", "乡镇（街道）");
        assertThat(fifth.groups()).extracting(g -> g.rows().size()).containsExactly(5, 30);
        assertThat(fifth.groups().get(0).rows().get(0).rank()).isEqualTo(201);
        assertThat(fifth.groups().get(1).rows().get(0).rank()).isEqualTo(1);
        assertThat(fifth.groups().get(1).units()).isEqualTo(30);
    }

    @Test
    void filteredByNameOrLevelWithTheLinksKeepingTheFilter() {
        AssessmentView byName = view("第19", "", 1);
        AssessmentView byLevel = view("", "township", 1);

        assertThat(byName.paging().matched()).isEqualTo(12); // 第19区, 第190–199区, 第19街道
        assertThat(byLevel.paging().matched()).isEqualTo(30);
        assertThat(byLevel.groupChoices()).filteredOn(Choice::selected).extracting(Choice::value).containsExactly("township");
        assertThat(view("第1", "county", 2).filter().link(3)).isEqualTo("?q=%E7%AC%AC1&level=county&page=3");
        assertThat(view("没有", "", 1).paging().matched()).isZero();
    }
}
