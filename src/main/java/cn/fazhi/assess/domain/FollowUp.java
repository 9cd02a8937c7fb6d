package cn.fazhi.assess.domain;

import java.util.List;

/**
 * This year's result set against last year's gaps: what became of each, the gaps found for the first time, and
 * the share rectified.
 *
 * @param source   last year's file (a scorecard JSON or a filled-in 整改台账)
 * @param items    last year's gaps, those still open first, then this year's new ones
 * @param rate     已整改 ÷ last year's gaps (0–1); 0 when last year had none
 */
public record FollowUp(String source, Integer previousYear, Double previousTotal, List<Item> items, double rate) {
    public FollowUp {
        items = List.copyOf(items);
    }

    /**
     * One gap followed up.
     *
     * @param lostBefore   points lost last year (0 for a new gap)
     * @param lostNow      points lost this year (0 when rectified)
     * @param unitSaid     what the unit wrote in last year's ledger (责任人, 整改进展, 佐证材料), "" when nothing
     * @param closedByUnit the unit marked it 已销号 in last year's ledger
     * @param quote        this year's words that show it rectified, "" when none
     */
    public record Item(String criterion, String title, Outcome outcome, double lostBefore, double lostNow, String unitSaid,
                       boolean closedByUnit, String closedOn, String quote) {
        /** Still a gap two years running. */
        public boolean twoYears() {
            return outcome == Outcome.NOT_RECTIFIED;
        }

        /** Marked 已销号 by the unit, yet still a gap. */
        public boolean falselyClosed() {
            return closedByUnit && (outcome == Outcome.NOT_RECTIFIED || outcome == Outcome.PARTLY_RECTIFIED);
        }

        /** The label a reader sees: the outcome, with 连续两年未整改 and 销号不实 where they apply. */
        public String label() {
            String label = outcome.zh();
            if (twoYears()) {
                label += "（连续两年未整改）";
            }
            return falselyClosed() ? label + "（销号不实）" : label;
        }
    }

    public Item item(String criterion) {
        return items.stream().filter(i -> i.criterion().equals(criterion)).findFirst().orElse(null);
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** Last year's gaps: every item but the new ones. */
    public long previousGaps() {
        return items.size() - count(Outcome.NEW);
    }
}
