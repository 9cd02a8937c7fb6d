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

/**
 * Orders units best first (equal totals share a rank: 1, 2, 2, 4) and counts the gaps they share. Units of
 * different levels are not ranked against each other: a township or a department has its own checklist
 * profile, so each level is ranked in its own group, in the order the checklist lists its levels.
 */
public final class RankingBuilder {
    private final Checklist checklist;

    public RankingBuilder(Checklist checklist) {
        this.checklist = checklist;
    }

    public Ranking build(List<UnitSummary> units, List<FailedInput> failures, List<String> notes) {
        List<String> levels = checklist.levels();
        List<UnitSummary> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt((UnitSummary u) -> levels.indexOf(u.level()))
                .thenComparing(Comparator.comparingDouble(UnitSummary::total).reversed())
                .thenComparing(u -> u.unit() == null ? "" : u.unit())
                .thenComparing(UnitSummary::source));
        List<Ranking.Ranked> ranked = new ArrayList<>();
        int groupStart = 0;
        for (int i = 0; i < sorted.size(); i++) {
            UnitSummary u = sorted.get(i);
            if (i > 0 && !u.level().equals(sorted.get(i - 1).level())) {
                groupStart = i;
            }
            boolean tie = i > groupStart && u.total() == sorted.get(i - 1).total();
            ranked.add(new Ranking.Ranked(tie ? ranked.get(i - 1).rank() : i - groupStart + 1, u));
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
