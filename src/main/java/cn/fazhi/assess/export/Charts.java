package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;

import java.util.ArrayList;
import java.util.List;

/** The geometry of a ranking's two charts (score distribution, most common gaps), drawn as SVG by the summary page and the workbench. */
public final class Charts {
    static final int TOP_GAPS = 10;

    private Charts() {
    }

    /** One bar of the score distribution: units whose total is in [from, from+9] (the last bin takes 100). */
    public record Bin(String label, int units, int x, int y, int height) {
        public int middle() {
            return x + 25;
        }

        public String tip() {
            return label + "分：" + units + "个单位";
        }
    }

    /** One of the most common gaps: a bar as long as the units that share it. */
    public record Bar(String label, String text, int y, int width) {
    }

    public static List<Bin> histogram(List<Ranking.Ranked> units) {
        int[] bins = new int[10];
        for (Ranking.Ranked r : units) {
            bins[Math.min(9, (int) (r.unit().total() / 10))]++;
        }
        int max = 1;
        for (int b : bins) {
            max = Math.max(max, b);
        }
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int height = bins[i] * 180 / max;
            out.add(new Bin(i * 10 + "–" + (i == 9 ? 100 : i * 10 + 9), bins[i], 40 + i * 58, 200 - height, height));
        }
        return out;
    }

    public static List<Bar> gapBars(List<CommonGap> gaps) {
        List<CommonGap> top = gaps.subList(0, Math.min(TOP_GAPS, gaps.size()));
        int max = top.stream().mapToInt(CommonGap::units).max().orElse(1);
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            CommonGap g = top.get(i);
            String title = g.title().length() > 24 ? g.title().substring(0, 24) + "…" : g.title();
            out.add(new Bar(g.criterion() + " " + title, g.units() + "个单位，失" + Numbers.format(g.pointsLost()) + "分",
                    10 + i * 28, g.units() * 260 / max));
        }
        return out;
    }

    public static int gapHeight(List<Bar> bars) {
        return 20 + bars.size() * 28;
    }
}
