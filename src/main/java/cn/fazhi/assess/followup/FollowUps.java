package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Outcome;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Sets this year's scorecard against last year's gaps (整改"回头看"). */
public final class FollowUps {
    private FollowUps() {
    }

    /**
     * This year's scorecard with what became of each of last year's gaps. Refused when last year's result is of another
     * unit or not of an earlier year: a follow-up of the wrong result would be worse than none.
     */
    public static Scorecard compare(PreviousResult previous, Scorecard card) {
        return compare(previous, card, UnaryOperator.identity());
    }

    /** {@code currentId}: this checklist's id for one of last year's (an alias, when the id changed). */
    public static Scorecard compare(PreviousResult previous, Scorecard card, UnaryOperator<String> currentId) {
        if (previous.unit() != null && card.unit() != null && !UnitNames.same(previous.unit(), card.unit())) {
            throw new InputFailure(Reason.PREVIOUS_OTHER_UNIT, previous.source(), previous.unit(), card.unit());
        }
        if (previous.year() != null && card.year() != null && previous.year() >= card.year()) {
            throw new InputFailure(Reason.PREVIOUS_NOT_EARLIER, previous.source(), previous.year().toString(), card.year().toString());
        }
        Map<String, Finding> now = new HashMap<>();
        card.findings().forEach(f -> now.put(f.criterion(), f));
        List<FollowUp.Item> items = new ArrayList<>();
        Set<String> before = new HashSet<>();
        for (PreviousResult.Gap g : previous.gaps()) {
            String id = currentId.apply(g.criterion());
            before.add(id);
            items.add(item(g, now.get(id)));
        }
        for (Finding f : card.findings()) {
            if (f.needsRectification() && !before.contains(f.criterion())) {
                items.add(new FollowUp.Item(f.criterion(), f.title(), Outcome.NEW, 0, f.pointsLost(), "", false, "", ""));
            }
        }
        items.sort(Comparator.comparingInt((FollowUp.Item i) -> i.outcome().ordinal()));
        long gaps = previous.gaps().size();
        long rectified = items.stream().filter(i -> i.outcome() == Outcome.RECTIFIED).count();
        return card.withFollowUp(new FollowUp(previous.source(), previous.year(), previous.total(), items,
                gaps == 0 ? 0 : (double) rectified / gaps));
    }

    private static FollowUp.Item item(PreviousResult.Gap g, Finding f) {
        if (f == null || f.status() == Status.NOT_APPLICABLE) {
            // a criterion this year's checklist does not have, or one that does not apply to the unit now
            return new FollowUp.Item(g.criterion(), f == null ? g.title() : f.title(),
                    f == null ? Outcome.UNCOMPARABLE : Outcome.NO_LONGER_APPLIES, g.pointsLost(), 0, g.unitSaid(), g.closed(),
                    g.closedOn(), "");
        }
        Outcome outcome = f.status() == Status.MANUAL ? Outcome.TO_VERIFY
                : !f.needsRectification() ? Outcome.RECTIFIED
                : f.pointsLost() < g.pointsLost() ? Outcome.PARTLY_RECTIFIED : Outcome.NOT_RECTIFIED;
        String quote = outcome == Outcome.NOT_RECTIFIED || outcome == Outcome.TO_VERIFY ? "" : f.evidence().stream().map(Evidence::quote)
                .filter(q -> !q.isBlank()).findFirst().orElse("");
        return new FollowUp.Item(f.criterion(), f.title(), outcome, g.pointsLost(), f.pointsLost(), g.unitSaid(), g.closed(),
                g.closedOn(), quote);
    }
}
