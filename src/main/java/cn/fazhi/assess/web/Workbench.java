package cn.fazhi.assess.web;

import cn.fazhi.assess.batch.RankingBuilder;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Correction;
import cn.fazhi.assess.domain.Decision;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Review;
import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.SelfAssessment;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.extract.FactsCodec;
import cn.fazhi.assess.followup.FollowUps;
import cn.fazhi.assess.followup.PreviousResults;
import cn.fazhi.assess.followup.UnitNames;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.read.ReportReader;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the web pages do, without the web: keep uploads, extract and score them, apply the evaluators'
 * corrections and verdicts, and rank an assessment. The database is the truth; scorecards are cached
 * and rebuilt from it.
 */
public final class Workbench {
    public static final Set<String> TYPES = Set.of("txt", "docx", "pdf", "html", "htm");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Pipeline pipeline;
    private final Checklist checklist;
    private final Store store;
    private final FactsCodec codec;
    private final Map<Long, Scorecard> cards = new ConcurrentHashMap<>();
    // one report's changes are made one at a time, each on the changes before it, so none is lost and 原值 chains
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    public Workbench(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.checklist = pipeline.checklist();
        this.store = store;
        this.codec = new FactsCodec(checklist);
    }

    public Checklist checklist() {
        return checklist;
    }

    public Store store() {
        return store;
    }

    public long createAssessment(String name, Integer year, String level) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new UserError("考评批次名称不能为空，且不超过200个字");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw new UserError("年度“" + year + "”不正确");
        }
        if (level != null && !checklist.levels().contains(level)) {
            throw new UserError("单位层级“" + level + "”无法识别");
        }
        return store.createAssessment(n, year, level, checklist.name());
    }

    /**
     * Scores every report of the assessment at {@code level} (null: as each report says), with the
     * corrections and verdicts on record; a report that could not be scored for want of a level now is.
     * Returns how many reports are scored.
     */
    public int setLevel(long assessmentId, String level) {
        store.assessment(assessmentId).orElseThrow(() -> new NotFound("没有这个考评批次"));
        if (level != null && !checklist.levels().contains(level)) {
            throw new UserError("单位层级“" + level + "”无法识别");
        }
        store.setLevel(assessmentId, level);
        int scored = 0;
        for (Store.Report r : store.reports(assessmentId)) {
            if (store.facts(r.id()) == null) {
                continue; // never read: a level does not help
            }
            synchronized (lockOf(r.id())) {
                cards.remove(r.id());
                try {
                    Scorecard card = compute(r, store.changes(r.id()));
                    store.rescored(r.id(), result(card), null);
                    cards.put(r.id(), card);
                    scored++;
                } catch (InputFailure e) {
                    store.rescored(r.id(), null, shown(e));
                }
            }
        }
        return scored;
    }

    private static final String LEVEL_UNKNOWN = "无法确定单位层级：请在本批次页面选定单位层级";

    /** What became of one uploaded file. */
    public record Upload(long reportId, String fileName, String unit, Double total, String error) {
    }

    /**
     * Keeps one uploaded file and scores it. A file that cannot be read or scored is kept too, with the
     * reason, so the evaluator sees it in the list; a file of a type we do not read is refused.
     */
    public Upload upload(long assessmentId, String fileName, byte[] bytes) {
        Store.Assessment a = store.assessment(assessmentId).orElseThrow(() -> new NotFound("没有这个考评批次"));
        String name = displayName(fileName);
        String type = extension(name);
        if (!TYPES.contains(type)) {
            throw new UserError(name + "：不支持的文件类型，请上传 .txt .docx .pdf .html 文件");
        }
        if (bytes.length > ReportReader.MAX_BYTES) {
            throw new UserError(name + "：文件超过20MB上限");
        }
        Store.NewReport stored = read(a, name, bytes);
        long id = store.addReport(assessmentId, stored);
        Store.Result r = stored.result();
        return new Upload(id, name, r == null ? null : r.unit(), r == null ? null : r.total(), stored.error());
    }

    private Store.NewReport read(Store.Assessment a, String name, byte[] bytes) {
        Pipeline.Upload upload;
        try {
            upload = pipeline.read(name, bytes);
        } catch (InputFailure e) {
            return new Store.NewReport(name, bytes, null, null, null, shown(e));
        }
        String text = upload.text().original();
        ReportFacts facts;
        try {
            facts = upload.facts();
        } catch (InputFailure e) {
            return new Store.NewReport(name, bytes, text, null, null, shown(e));
        }
        String stored = codec.encode(upload.extraction());
        try {
            Scorecard card = pipeline.score(withAssessment(a, facts));
            return new Store.NewReport(name, bytes, text, stored, result(card), null);
        } catch (InputFailure e) {
            return new Store.NewReport(name, bytes, text, stored, null, shown(e));
        }
    }

    /** Why a report was not scored, as the page shows it: here a level is chosen on the assessment's page. */
    private static String shown(InputFailure e) {
        return e.reason() == Reason.LEVEL_UNKNOWN ? LEVEL_UNKNOWN : Messages.text(e, Messages.ZH);
    }

    /**
     * The unit's scorecard with every correction and verdict on record applied, and, when its assessment names last
     * year's, what became of the unit's gaps there.
     */
    public Scorecard scorecard(long reportId) {
        return followedUp(ownScorecard(reportId), lastYear(assessment(report(reportId).assessmentId())));
    }

    private Scorecard ownScorecard(long reportId) {
        Scorecard cached = cards.get(reportId);
        if (cached != null) {
            return cached;
        }
        synchronized (lockOf(reportId)) {
            Scorecard card = compute(reportId, store.changes(reportId));
            cards.put(reportId, card);
            return card;
        }
    }

    /** Last year's assessment and its reports, for the follow-up; null when the assessment names none. */
    private LastYear lastYear(Store.Assessment a) {
        return a.previousId() == null ? null : new LastYear(assessment(a.previousId()), store.reports(a.previousId()));
    }

    private record LastYear(Store.Assessment assessment, List<Store.Report> reports) {
    }

    /**
     * Set against the same unit's report in last year's assessment, as last year's evaluator left it; worked out on
     * every read, not cached, so that a change on either side shows at once.
     */
    private Scorecard followedUp(Scorecard card, LastYear last) {
        if (last == null || card.unit() == null) {
            return card;
        }
        Store.Report report = last.reports().stream()
                .filter(r -> r.scored() && !r.removed() && UnitNames.same(r.unit(), card.unit()))
                .reduce((first, later) -> later).orElse(null);
        if (report == null) {
            return card;
        }
        try {
            return FollowUps.compare(PreviousResults.of(ownScorecard(report.id()), "上年考评批次“" + last.assessment().name() + "”"),
                    card, checklist::currentId);
        } catch (InputFailure e) {
            return card; // setPrevious refuses a year that is not earlier; a report of an odd year is noted on the pages
        }
    }

    /** Names last year's assessment, whose gaps this one's units are followed up on (null: none). */
    public void setPrevious(long assessmentId, Long previousId) {
        Store.Assessment a = assessment(assessmentId);
        if (previousId != null) {
            Store.Assessment previous = assessment(previousId);
            for (Long p = previousId; p != null; p = assessment(p).previousId()) {
                if (p == assessmentId) {
                    throw new UserError("“" + previous.name() + "”已经以本批次为上年批次，不能互为上年");
                }
            }
            if (a.year() != null && previous.year() != null && previous.year() >= a.year()) {
                throw new UserError("上年批次“" + previous.name() + "”是" + previous.year() + "年度的，应早于本批次的" + a.year() + "年度");
            }
        }
        store.setPrevious(assessmentId, previousId);
    }

    private Object lockOf(long reportId) {
        return locks.computeIfAbsent(reportId, id -> new Object());
    }

    /** The facts the scorecard rests on now: extracted, then corrected. */
    public ReportFacts facts(long reportId) {
        return currentFacts(scoredReport(reportId), store.changes(reportId));
    }

    /** Corrects a fact: {@code value} null or blank means the report does not state it. */
    public Scorecard correctFact(long reportId, String key, String value, String reason) {
        Store.Report report = scoredReport(reportId);
        CorrectionText correction = CorrectionText.of(checklist, key, value);
        String why = requireReason(reason);
        synchronized (lockOf(reportId)) {
            List<Store.Change> changes = new ArrayList<>(store.changes(reportId));
            ReportFacts before = currentFacts(report, changes);
            String old = before.facts().containsKey(key) ? CorrectionText.show(before.facts().get(key).value()) : CorrectionText.NOT_STATED;
            return record(reportId, changes, new Store.Change(0, "fact", key, old, correction.stored(), null, why, now()));
        }
    }

    /** Decides a 需人工核查 criterion. */
    public Scorecard decide(long reportId, String criterion, Status status, Double points, String reason) {
        scoredReport(reportId);
        synchronized (lockOf(reportId)) {
            return decideInTurn(reportId, criterion, status, points, reason);
        }
    }

    private Scorecard decideInTurn(long reportId, String criterion, Status status, Double points, String reason) {
        Finding current = scorecard(reportId).findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new UserError("没有评分项“" + criterion + "”"));
        List<Store.Change> changes = new ArrayList<>(store.changes(reportId));
        if (current.method() == Method.DEDUCTION) {
            throw new UserError(criterion + "是扣分项，按次数扣分：请在“更正或补充事实”中填写" + indicatorName(current.evidence().isEmpty()
                    ? checklist.criterion(criterion).orElseThrow().indicator() : current.evidence().get(0).key()));
        }
        boolean decidedBefore = changes.stream().anyMatch(c -> c.kind().equals("status") && c.target().equals(criterion));
        if (current.status() != Status.MANUAL && !decidedBefore) {
            throw new UserError(criterion + "由规则判定（" + current.status().zh() + "），只有“需人工核查”的评分项可以人工核定；"
                    + "如报告内容识别有误，请更正事实");
        }
        double awarded = status == Status.PARTIAL ? (points == null ? -1 : points) : 0;
        if (status == Status.PARTIAL && (awarded <= 0 || awarded >= current.max())) {
            throw new UserError("部分达标的得分应大于0、小于满分" + Numbers.format(current.max()));
        }
        String old = decidedBefore ? current.status().zh() : Status.MANUAL.zh();
        Store.Change change = new Store.Change(0, "status", criterion, old, status.name(), awarded, requireReason(reason), now());
        return record(reportId, changes, change);
    }

    /**
     * Records the unit's own score (自评分) for a criterion, or for its total when {@code criterion} is 总分 / total;
     * blank takes it back.
     */
    public Scorecard setSelf(long reportId, String criterion, String points, String reason) {
        scoredReport(reportId);
        String target = criterion == null || criterion.isBlank() || criterion.equals("总分") ? "total" : criterion.strip();
        Double value = CorrectionText.typedNumber(points, "自评分");
        double most = target.equals("total") ? 100 + checklist.bonusCap()
                : checklist.criterion(target).orElseThrow(() -> new UserError("没有评分项“" + target + "”")).points();
        if (value != null && (value < 0 || value > most)) {
            throw new UserError("自评分应在0到" + Numbers.format(most) + "之间");
        }
        synchronized (lockOf(reportId)) {
            List<Store.Change> changes = new ArrayList<>(store.changes(reportId));
            Double old = review(changes).self().total();
            String before = target.equals("total") ? (old == null ? "" : Numbers.format(old))
                    : selfOf(changes, target);
            return record(reportId, changes, new Store.Change(0, "self", target, before,
                    value == null ? null : Numbers.format(value), null, reason == null ? "" : reason.strip(), now()));
        }
    }

    private String selfOf(List<Store.Change> changes, String target) {
        Double v = review(changes).self().of(target);
        return v == null ? "" : Numbers.format(v);
    }

    /** Under the report's lock: the change is checked on the changes before it, stored, and the card rebuilt from the database. */
    private Scorecard record(long reportId, List<Store.Change> changes, Store.Change change) {
        changes.add(change);
        Scorecard card = compute(reportId, changes); // fails here, before anything is stored, if the change does not fit
        store.addChange(reportId, change, result(card));
        Scorecard stored = compute(reportId, store.changes(reportId));
        cards.put(reportId, stored);
        return stored;
    }

    private Scorecard compute(long reportId, List<Store.Change> changes) {
        return compute(scoredReport(reportId), changes);
    }

    private Scorecard compute(Store.Report report, List<Store.Change> changes) {
        Store.Assessment a = store.assessment(report.assessmentId()).orElseThrow();
        try {
            return pipeline.score(withAssessment(a, storedFacts(report)), review(changes));
        } catch (IllegalArgumentException e) {
            throw new UserError("无法核定：" + e.getMessage());
        } catch (InputFailure e) {
            if (e.reason() != Reason.SCORE_INVALID) {
                throw e;
            }
            throw new UserError("无法核定：" + Messages.text(e, Messages.ZH));
        }
    }

    /** The evaluator's corrections and decisions on record, in the order they were made. */
    private Review review(List<Store.Change> changes) {
        List<Correction> corrections = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<ReviewEntry> entries = new ArrayList<>();
        Double selfTotal = null;
        Map<String, Double> selfByCriterion = new TreeMap<>();
        for (Store.Change c : changes) {
            if (c.kind().equals("self")) {
                Double v = c.newValue() == null ? null : Double.valueOf(c.newValue());
                if (c.target().equals("total")) {
                    selfTotal = v;
                } else if (v == null) {
                    selfByCriterion.remove(c.target());
                } else {
                    selfByCriterion.put(c.target(), v);
                }
                entries.add(new ReviewEntry(ReviewEntry.Kind.SELF, c.target().equals("total") ? "总分" : c.target() + " " + title(c.target()),
                        c.oldValue(), v == null ? "（取消）" : Numbers.format(v), c.reason(), AT.format(c.at())));
            } else if (c.kind().equals("status")) {
                Status s = Status.valueOf(c.newValue());
                decisions.add(new Decision(c.target(), s, c.points() == null ? 0 : c.points(), c.reason()));
                entries.add(new ReviewEntry(ReviewEntry.Kind.DECISION, c.target() + " " + title(c.target()), c.oldValue(),
                        s.zh() + (s == Status.PARTIAL ? "（" + Numbers.format(c.points()) + "分）" : ""),
                        c.reason(), AT.format(c.at())));
            } else {
                CorrectionText value = CorrectionText.of(checklist, c.target(), c.newValue());
                corrections.add(value.correction(c.reason(), AT.format(c.at())));
                entries.add(new ReviewEntry(ReviewEntry.Kind.CORRECTION, indicatorName(c.target()),
                        c.oldValue(), value.shown(), c.reason(), AT.format(c.at())));
            }
        }
        return new Review(corrections, decisions, entries, new SelfAssessment(selfTotal, selfByCriterion));
    }

    private ReportFacts currentFacts(Store.Report report, List<Store.Change> changes) {
        return review(changes).applyTo(storedFacts(report));
    }

    private ReportFacts storedFacts(Store.Report report) {
        try {
            return codec.decode(store.facts(report.id()), report.fileName());
        } catch (InputFailure e) {
            throw new UserError("保存的事实有误：" + Messages.text(e, Messages.ZH));
        }
    }

    public Store.Assessment assessment(long id) {
        return store.assessment(id).orElseThrow(() -> new NotFound("没有这个考评批次"));
    }

    public Store.Report report(long id) {
        return store.report(id).orElseThrow(() -> new NotFound("没有这份报告"));
    }

    /** The assessment's units best first (each level on its own), with the files that could not be scored. */
    public Ranking ranking(long assessmentId) {
        return ranking(assessmentId, "");
    }

    /** {@code linkBase}: put before each unit page's path, for links that must work outside the workbench's pages. */
    public Ranking ranking(long assessmentId, String linkBase) {
        Store.Assessment a = assessment(assessmentId);
        LastYear last = lastYear(a); // read once for all the assessment's units
        Integer year = a.year();
        List<UnitSummary> units = new ArrayList<>();
        List<FailedInput> failed = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (Store.Report r : store.reports(assessmentId)) {
            if (r.removed()) {
                continue;
            }
            if (r.scored()) {
                Scorecard card = followedUp(ownScorecard(r.id()), last);
                // a unit's 整改台账 lives on its page here, not in a file beside the ranking
                units.add(UnitSummary.of(card, r.fileName(), linkBase + "/reports/" + r.id()));
                if (card.unit() != null) {
                    seen.merge(card.unit(), 1, Integer::sum);
                }
                String other = otherYear(year, card);
                if (other != null) {
                    notes.add(other + "（" + r.fileName() + "）");
                }
            } else {
                failed.add(FailedInput.of(r.fileName(), Reason.RECORDED, r.error()));
            }
        }
        seen.forEach((unit, n) -> {
            if (n > 1) {
                notes.add("同名单位“" + unit + "”有" + n + "份报告，均已评分，请核对是否重复上传");
            }
        });
        return new RankingBuilder(checklist).build(units, failed, notes);
    }

    /** Takes a report or a file that was not scored out of its assessment; it stays on record and can be restored. */
    public void remove(long reportId, String reason) {
        Store.Report r = store.report(reportId).orElseThrow(() -> new NotFound("没有这份报告"));
        if (r.removed()) {
            throw new UserError(r.fileName() + "已移除");
        }
        store.setRemoved(reportId, now(), requireReason(reason));
    }

    public void restore(long reportId) {
        store.report(reportId).orElseThrow(() -> new NotFound("没有这份报告"));
        store.setRemoved(reportId, null, null);
    }

    /** The assessment's removed files, for the page that restores them. */
    public List<Store.Report> removed(long assessmentId) {
        return store.reports(assessmentId).stream().filter(Store.Report::removed).toList();
    }

    /** The unit's other reports in the same assessment, still ranked (the same unit uploaded twice). */
    public List<Store.Report> sameUnit(long reportId) {
        Store.Report r = report(reportId);
        if (r.unit() == null || r.removed()) {
            return List.of();
        }
        return store.reports(r.assessmentId()).stream()
                .filter(o -> o.id() != reportId && o.scored() && !o.removed() && r.unit().equals(o.unit())).toList();
    }

    /** Keeps this report as the unit's one in the ranking: the unit's other reports are removed, with the reason. Returns how many. */
    public int prefer(long reportId) {
        Store.Report r = report(reportId);
        List<Store.Report> others = sameUnit(reportId);
        for (Store.Report o : others) {
            store.setRemoved(o.id(), now(), "同一单位以" + r.fileName() + "为准");
        }
        return others.size();
    }

    /** Says so when a report is of another year than its assessment's, or null. */
    static String otherYear(Integer assessmentYear, Scorecard card) {
        if (assessmentYear == null || card.year() == null || card.year().equals(assessmentYear)) {
            return null;
        }
        return "年度不符：" + (card.unit() == null ? "该单位" : card.unit()) + "的报告是" + card.year() + "年度的，本批次考评"
                + assessmentYear + "年度，请核对是否上传了往年的报告";
    }

    private Store.Report scoredReport(long reportId) {
        Store.Report r = store.report(reportId).orElseThrow(() -> new NotFound("没有这份报告"));
        if (!r.scored()) {
            throw new UserError(r.fileName() + "未能评分：" + r.error());
        }
        return r;
    }

    private ReportFacts withAssessment(Store.Assessment a, ReportFacts f) {
        ReportFacts out = a.level() != null ? f.withLevel(a.level()) : f;
        if (out.year() == null && a.year() != null) {
            out = out.withYear(a.year());
        }
        return out;
    }

    private String title(String criterion) {
        return checklist.criterion(criterion).map(c -> c.title()).orElse("");
    }

    private String indicatorName(String key) {
        return checklist.indicators().containsKey(key) ? checklist.indicators().get(key).zh() : key;
    }

    private static Store.Result result(Scorecard card) {
        return new Store.Result(card.unit(), card.level(), card.year(), card.total(), card.grade(), card.gaps().size(), card.veto());
    }

    private static String requireReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new UserError("请填写理由：每一处更正和核定都要留下依据");
        }
        if (r.length() > 2000) {
            throw new UserError("理由请控制在2000字以内");
        }
        return r;
    }

    /** The file's own name without any folder part a browser may send, cut to a sane length. */
    static String displayName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        n = n.replaceAll("\\p{Cntrl}", "");
        if (n.isEmpty()) {
            n = "未命名文件";
        }
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Something the user asked that cannot be done; its message is shown on the page as it is. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) {
            super(message);
        }
    }

    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
