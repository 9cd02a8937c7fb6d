package cn.fazhi.assess.followup;

import java.util.List;

/** Last year's result as the follow-up needs it: whose it is, of which year, and its gaps. */
public record PreviousResult(String source, String unit, Integer year, Double total, List<Gap> gaps) {
    public PreviousResult {
        gaps = List.copyOf(gaps);
    }

    /**
     * One of last year's gaps, with what the unit wrote in its ledger (blank from a scorecard JSON).
     *
     * @param closed the unit marked it 已销号
     */
    public record Gap(String criterion, String title, double pointsLost, String responsible, String progress,
                      String evidence, boolean closed, String closedOn) {
        /** What the unit wrote, in one line. */
        public String unitSaid() {
            StringBuilder s = new StringBuilder();
            append(s, "责任人", responsible);
            append(s, "整改进展", progress);
            append(s, "佐证材料", evidence);
            return s.toString();
        }

        private static void append(StringBuilder s, String name, String value) {
            if (value != null && !value.isBlank()) {
                s.append(s.isEmpty() ? "" : "；").append(name).append("：").append(value.strip());
            }
        }
    }
}
