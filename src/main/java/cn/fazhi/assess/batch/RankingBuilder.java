package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders units best first (equal totals share a rank: 1, 2, 2, 4) and counts the gaps they share. */
public final class RankingBuilder {
    private final Checklist checklist;

    public RankingBuilder(Checklist checklist) {
        this.checklist = checklist;
    }

    public Ranking build(List<UnitSummary> units, List<FailedInput> failures, List<String> notes) {
        List<UnitSummary> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingDouble(UnitSummary::total).reversed()
                .thenComparing(u -> u.unit() == null ? "" : u.unit())
                .thenComparing(UnitSummary::source));
        List<Ranking.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).total() == sorted.get(i - 1).total();
            ranked.add(new Ranking.Ranked(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        List<FailedInput> failed = new ArrayList<>(failures);
        failed.sort(Comparator.comparing(FailedInput::source));
        return new Ranking(checklist.name(), ranked, commonGaps(units), failed, notes);
    }

    private List<CommonGap> commonGaps(List<UnitSummary> units) {
        Map<String, int[]> count = new LinkedHashMap<>();
        Map<String, double[]> points = new LinkedHashMap<>();
        for (UnitSummary u : units) {
            u.lost().forEach((criterion, lost) -> {
                count.computeIfAbsent(criterion, k -> new int[1])[0]++;
                points.computeIfAbsent(criterion, k -> new double[1])[0] += lost;
            });
        }
        List<CommonGap> gaps = new ArrayList<>();
        for (Criterion c : checklist.criteria()) {
            if (count.containsKey(c.id())) {
                gaps.add(new CommonGap(c.id(), c.title(), count.get(c.id())[0], Numbers.round2(points.get(c.id())[0])));
            }
        }
        gaps.sort(Comparator.comparingInt(CommonGap::units).reversed()
                .thenComparing(Comparator.comparingDouble(CommonGap::pointsLost).reversed()));
        return gaps;
    }
}
