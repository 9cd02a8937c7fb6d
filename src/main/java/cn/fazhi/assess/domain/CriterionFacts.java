package cn.fazhi.assess.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One criterion as the rules see it for one report: the criterion, whether it applies to the unit's level, and what
 * the report states for the keys its checklist entry names — its {@code indicators}, its {@code claim} flags, and the
 * facts its method's parameters give roles to. It is the only kind of fact the rules are given, so a criterion's rules
 * read exactly what its checklist entry says it reads, and each rule's conditions are on a single fact (which keeps
 * the rule stage fast; see docs/performance.md).
 *
 * @param id           the criterion's id
 * @param method       the criterion's scoring method
 * @param applicable   whether the criterion applies to the unit: to its profile, and, where it applies only when the
 *                     report states something ({@code only_if_stated}), the report states it
 * @param ofProfile    whether the criterion is one of the unit's profile (whatever the report states)
 * @param unitInfo     the unit whose report this is
 * @param stated       the facts the report states for the criterion's indicators
 * @param claims       the facts the report states for the criterion's claim flags
 * @param figure       the fact for the criterion's first indicator (the figure of a rate or count), or null
 * @param exemption    the {@code exempt_if} fact when the report states it with the exempting value, or null
 * @param whole        the {@code whole} of {@code consistency} or {@code compute_from}, when stated
 * @param part         its {@code part}, when stated
 * @param otherPart    the {@code other_part} of {@code consistency}, when stated
 * @param statedRate   the {@code rate} of {@code consistency}, when stated
 * @param computedRate part × 100 / whole for a {@code compute_from} criterion whose whole is stated and above 0 and
 *                     whose part is stated; null otherwise
 * @param published    for deadline: the date the report was made public, when it gives one
 * @param written      for deadline: the date it was signed, when it gives one
 * @param due          for deadline: the day it was due, from the report's year; null when the year is unknown
 */
public record CriterionFacts(Criterion criterion, String id, Method method, boolean applicable, boolean ofProfile,
                             UnitInfo unitInfo,
                             List<ReportFact> stated, List<ReportFact> claims, ReportFact figure, ReportFact exemption,
                             ReportFact whole, ReportFact part, ReportFact otherPart, ReportFact statedRate,
                             Double computedRate, ReportFact published, ReportFact written, LocalDate due) {

    public CriterionFacts {
        Objects.requireNonNull(criterion, "criterion must not be null");
        stated = List.copyOf(stated);
        claims = List.copyOf(claims);
    }

    public static CriterionFacts of(Criterion criterion, UnitInfo unitInfo, Map<String, ReportFact> facts) {
        Criterion.ExemptIf exemptIf = criterion.exemptIf();
        ReportFact exemption = exemptIf == null ? null : facts.get(exemptIf.key());
        if (exemption != null && exemption.number() != exemptIf.equals()) {
            exemption = null;
        }
        Criterion.Consistency consistency = criterion.consistency();
        Criterion.ComputeFrom computeFrom = criterion.computeFrom();
        ReportFact whole = null;
        ReportFact part = null;
        ReportFact otherPart = null;
        ReportFact statedRate = null;
        Double computedRate = null;
        if (consistency != null) {
            whole = facts.get(consistency.whole());
            part = facts.get(consistency.part());
            otherPart = consistency.otherPart() == null ? null : facts.get(consistency.otherPart());
            statedRate = consistency.rate() == null ? null : facts.get(consistency.rate());
        } else if (computeFrom != null) {
            whole = facts.get(computeFrom.whole());
            part = facts.get(computeFrom.part());
            computedRate = whole != null && whole.number() > 0 && part != null ? part.number() * 100 / whole.number() : null;
        }
        Criterion.Deadline deadline = criterion.deadline();
        boolean ofProfile = criterion.appliesTo(unitInfo.lineage());
        boolean applicable = ofProfile && criterion.conditionMet(unitInfo.lineage(), facts);
        return new CriterionFacts(criterion, criterion.id(), criterion.method(), applicable, ofProfile,
                unitInfo, present(criterion.indicators(), facts), present(criterion.claim(), facts),
                facts.get(criterion.indicator()), exemption, whole, part, otherPart, statedRate, computedRate,
                deadline == null || deadline.published() == null ? null : facts.get(deadline.published()),
                deadline == null || deadline.written() == null ? null : facts.get(deadline.written()),
                deadline == null ? null : deadline.dueFor(unitInfo.year()));
    }

    /** For deadline: the report was made public after the day it was due. */
    public boolean isPublishedLate() {
        return late(published);
    }

    /** For deadline: the report was signed after the day it was due. */
    public boolean isWrittenLate() {
        return late(written);
    }

    private boolean late(ReportFact date) {
        LocalDate d = date == null ? null : IndicatorType.date(date.value());
        return d != null && due != null && d.isAfter(due);
    }

    // Runs for every criterion of every report: most state none of the keys or one, so the list is made immutable once
    // (List.copyOf in the constructor then keeps it as it is) instead of built and copied.
    private static List<ReportFact> present(List<String> keys, Map<String, ReportFact> facts) {
        ReportFact[] found = null;
        int n = 0;
        for (String key : keys) {
            ReportFact f = facts.get(key);
            if (f != null) {
                if (found == null) {
                    found = new ReportFact[keys.size()];
                }
                found[n++] = f;
            }
        }
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(found[0]);
            case 2 -> List.of(found[0], found[1]);
            default -> List.of(Arrays.copyOf(found, n));
        };
    }
}
