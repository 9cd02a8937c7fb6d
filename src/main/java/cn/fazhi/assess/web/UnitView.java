package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Findings;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.ScorecardText;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit: its scorecard, findings by status beside the report text (a click on a finding lights up the
 * quotes it used), the facts with their correction form, 人工核定 for 需人工核查 items, the record of every
 * change, and the unit's other uploads.
 */
record UnitView(long assessmentId, String assessmentName, long reportId, String fileName, String unit, String title,
                String otherYear, Summary summary, List<Category> categories, List<StatusGroup> statusGroups,
                List<QuoteMarks.Piece> text, List<FactRow> facts, List<Choice> factOptions, List<Choice> decisions,
                List<ReviewEntry> review, List<Other> sameUnit, FollowUp followUp, String followUpSummary,
                List<Choice> selfTargets) {
    private static final List<Status> ORDER = List.of(Status.NOT_MET, Status.PARTIAL, Status.NOT_REPORTED, Status.MANUAL,
            Status.MET, Status.NOT_APPLICABLE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** {@code self}: 单位自评分… beside the evaluated total, "" without one. */
    record Summary(String total, String grade, String points, String bonus, String deducted, String manual, String veto,
                   String level, String self) {
    }

    record Category(String name, String points, String max) {
    }

    record StatusGroup(String css, String name, List<FindingRow> findings) {
    }

    /** {@code decided}: an evaluator's 人工核定; {@code decidable}: the form to decide (or decide again) is shown. */
    record FindingRow(String criterion, String title, String points, String max, String status, String css, boolean veto,
                      boolean decided, String gap, String quoteIds, List<String> quotes, List<Correction> corrections,
                      boolean notFound, boolean decidable, String self) {
    }

    /** The evaluator's value in place of the report's words, which are kept, struck through. */
    record Correction(String text, String original) {
    }

    record FactRow(String key, String name, String value, String quote) {
    }

    /** Another upload of the same unit in the assessment. */
    record Other(long id, String fileName, String uploaded) {
    }

    static UnitView of(Store.Assessment a, Store.Report r, Scorecard card, ReportFacts facts, String text, Checklist checklist,
                       List<Store.Report> sameUnit) {
        QuoteMarks marks = QuoteMarks.of(text == null ? "" : text, card.findings());
        String other = Workbench.otherYear(a.year(), card);
        return new UnitView(a.id(), a.name(), r.id(), r.fileName(), ScorecardText.unitName(card.unit()),
                ScorecardText.title(card), other == null ? "" : other, summary(card), categories(card.categories()),
                statusGroups(card, marks), marks.pieces(), facts(facts, checklist), factOptions(facts, checklist),
                List.of(Status.MET, Status.PARTIAL, Status.NOT_MET).stream().map(s -> new Choice(s.name(), s.zh(), false)).toList(),
                card.review(), sameUnit.stream().map(o -> new Other(o.id(), o.fileName(), TIME.format(o.uploadedAt()))).toList(),
                card.followUp(), card.followUp() == null ? "" : ScorecardText.followUpSummary(card.followUp()),
                selfTargets(card));
    }

    /** What a 自评分 can be entered for: the total, and each criterion the unit is scored on. */
    private static List<Choice> selfTargets(Scorecard card) {
        List<Choice> targets = new ArrayList<>();
        targets.add(new Choice("total", "总分", false));
        card.findings().stream().filter(f -> f.status() != Status.NOT_APPLICABLE && f.method().isRegular())
                .forEach(f -> targets.add(new Choice(f.criterion(), f.criterion() + " " + f.title() + "（满分" + Numbers.format(f.max()) + "）", false)));
        return targets;
    }

    private static Summary summary(Scorecard s) {
        return new Summary(Numbers.format(s.total()), s.grade() + (s.veto() ? "（一票否决）" : ""), ScorecardText.points(s.rawPoints(),
                s.maxPoints()), Numbers.format(s.bonusPoints()), Numbers.format(-s.deductedPoints()), Numbers.format(s.manualPoints()),
                s.veto() ? "是" : "否", ScorecardText.levelLine(s), ScorecardText.selfLine(s));
    }

    private static List<Category> categories(List<CategoryScore> categories) {
        return categories.stream().map(c -> new Category(c.id() + " " + c.title(), Numbers.format(c.points()),
                Numbers.format(c.max()))).toList();
    }

    private static List<StatusGroup> statusGroups(Scorecard card, QuoteMarks marks) {
        List<StatusGroup> groups = new ArrayList<>();
        for (Status s : ORDER) {
            List<FindingRow> rows = card.findings().stream().filter(f -> f.status() == s)
                    .filter(f -> !f.rule().equals(Findings.OTHER_PROFILE))
                    .map(f -> finding(card, f, marks)).toList();
            if (!rows.isEmpty()) {
                groups.add(new StatusGroup("s-" + s.name(), s.zh() + "（" + rows.size() + "项）", rows));
            }
        }
        return groups;
    }

    private static FindingRow finding(Scorecard card, Finding f, QuoteMarks marks) {
        String ids = marks.idsOf(f);
        List<String> quotes = f.evidence().stream().map(Evidence::quote).filter(q -> !q.isBlank()).distinct().toList();
        List<Correction> corrections = f.evidence().stream().filter(e -> e.corrected() != null)
                .map(e -> new Correction(ScorecardText.corrected(e), e.corrected().originalQuote())).toList();
        boolean decided = f.rule().equals("evaluator");
        return new FindingRow(f.criterion(), f.title(), Numbers.format(f.points()), Numbers.format(f.max()), f.status().zh(),
                "s-" + f.status().name(), f.veto(), decided, f.gap(), ids, quotes, corrections,
                !f.evidence().isEmpty() && ids.isEmpty() && corrections.isEmpty(),
                // a 扣分项 is decided by its count: the evaluator enters it as a fact
                (f.status() == Status.MANUAL || decided) && f.method() != Method.DEDUCTION,
                ScorecardText.selfCell(card, f));
    }

    private static List<FactRow> facts(ReportFacts facts, Checklist checklist) {
        List<FactRow> rows = new ArrayList<>();
        for (Indicator ind : checklist.indicators().values()) {
            ReportFact f = facts.facts().get(ind.key());
            if (f != null) {
                rows.add(new FactRow(ind.key(), ind.zh(), CorrectionText.show(f.value()), f.quote()));
            }
        }
        return rows;
    }

    private static List<Choice> factOptions(ReportFacts facts, Checklist checklist) {
        return checklist.indicators().values().stream().map(ind -> {
            ReportFact f = facts.facts().get(ind.key());
            return new Choice(ind.key(), ind.zh() + "（" + (f == null ? CorrectionText.NOT_STATED : CorrectionText.show(f.value())) + "）",
                    false);
        }).toList();
    }
}
