package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.export.Charts;
import cn.fazhi.assess.export.ScorecardText;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One assessment: the upload zone, the charts, the ranking (each level in its own group, filtered and a
 * page at a time, for assessments of hundreds of units), the files not scored and the files removed.
 */
record AssessmentView(long id, String name, String year, String level, String checklist, List<Choice> levels,
                      long maxUploadMb, int unitCount, List<String> notes, List<Charts.Bin> histogram,
                      List<Charts.Bar> gapBars, Filter filter, List<Choice> groupChoices, List<Group> groups,
                      Paging paging, List<Store.Report> failed, List<Removed> removed, List<Choice> previousChoices,
                      String previousName, boolean followedUp, boolean selfScored) {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the evaluator looks for: part of a unit's or a file's name, a level. */
    record Filter(String q, String level, int page) {
        Filter {
            q = q == null ? "" : q.strip();
            level = level == null ? "" : level;
            page = Math.max(1, page);
        }

        boolean active() {
            return !q.isEmpty() || !level.isEmpty();
        }

        boolean matches(UnitSummary u) {
            String want = q.toLowerCase(Locale.ROOT);
            return (level.isEmpty() || level.equals(u.level()))
                    && (want.isEmpty() || (u.unit() != null && u.unit().toLowerCase(Locale.ROOT).contains(want))
                    || u.source().toLowerCase(Locale.ROOT).contains(want));
        }

        /** The query string of another page with this filter. */
        String link(int otherPage) {
            return "?q=" + Pages.enc(q) + "&level=" + Pages.enc(level) + "&page=" + otherPage;
        }
    }

    record Paging(int page, int pages, int from, int to, int matched) {
        boolean hasPrevious() {
            return page > 1;
        }

        boolean hasNext() {
            return page < pages;
        }
    }

    /** {@code title} is set only when the assessment mixes levels: each is ranked on its own. */
    record Group(String title, int units, List<Row> rows) {
    }

    /** {@code rectified}: 上年问题整改率 when last year's assessment has the unit, else ""; {@code self}, {@code selfDifference}: its 自评分. */
    record Row(int rank, String unit, String link, String level, String year, boolean otherYear, String total, String grade,
               int gaps, String rectified, String self, String selfDifference, String source) {
    }

    record Removed(long id, String fileName, String unit, String at, String reason) {
    }

    /** {@code assessments}: all of them, for choosing last year's. */
    static AssessmentView of(Store.Assessment a, Ranking ranking, List<Store.Report> reports, long maxUploadMb,
                             Checklist checklist, Filter filter, List<Store.Assessment> assessments) {
        List<Ranking.Group> all = ranking.groups();
        boolean mixed = all.size() > 1;
        List<Ranking.Ranked> matched = new ArrayList<>();
        for (Ranking.Ranked r : ranking.units()) {
            if (filter.matches(r.unit())) {
                matched.add(r);
            }
        }
        int pages = Math.max(1, (matched.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(matched.size(), from + PAGE_SIZE);
        List<Group> groups = groups(a, matched.subList(from, to), mixed, all);
        List<Choice> groupChoices = all.stream().map(g -> new Choice(g.level(), Levels.zh(g.level()), g.level().equals(filter.level())))
                .toList();
        List<Store.Report> failed = reports.stream().filter(r -> !r.scored() && !r.removed()).toList();
        List<Removed> removed = reports.stream().filter(Store.Report::removed).map(r -> new Removed(r.id(), r.fileName(),
                r.unit() == null ? "" : r.unit(), TIME.format(r.removedAt()), r.removedReason())).toList();
        return new AssessmentView(a.id(), a.name(), a.year() == null ? "按报告" : a.year().toString(), HomeView.levelName(a.level()),
                a.checklist(), HomeView.levels(checklist, a.level()), maxUploadMb, ranking.units().size(), ranking.notes(),
                Charts.histogram(ranking.units()), Charts.gapBars(ranking.commonGaps()), filter, groupChoices, groups,
                new Paging(page, pages, matched.isEmpty() ? 0 : from + 1, to, matched.size()), failed, removed,
                previousChoices(a, assessments), previousName(a, assessments),
                ranking.units().stream().anyMatch(r -> r.unit().followUp() != null),
                ranking.units().stream().anyMatch(r -> r.unit().selfTotal() != null));
    }

    /** The columns of the ranking table, for a group heading that spans them. */
    int columns() {
        return 8 + (followedUp ? 1 : 0) + (selfScored ? 2 : 0);
    }

    private static List<Choice> previousChoices(Store.Assessment a, List<Store.Assessment> assessments) {
        return assessments.stream().filter(o -> o.id() != a.id())
                .map(o -> new Choice(String.valueOf(o.id()), o.name() + (o.year() == null ? "" : "（" + o.year() + "年度）"),
                        Long.valueOf(o.id()).equals(a.previousId())))
                .toList();
    }

    private static String previousName(Store.Assessment a, List<Store.Assessment> assessments) {
        return assessments.stream().filter(o -> Long.valueOf(o.id()).equals(a.previousId())).map(Store.Assessment::name)
                .findFirst().orElse("");
    }

    private static List<Group> groups(Store.Assessment a, List<Ranking.Ranked> shown, boolean mixed, List<Ranking.Group> all) {
        List<Group> groups = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String level = null;
        for (Ranking.Ranked r : shown) {
            if (level != null && !level.equals(r.unit().level())) {
                groups.add(group(level, rows, mixed, all));
                rows = new ArrayList<>();
            }
            level = r.unit().level();
            rows.add(row(a, r));
        }
        if (level != null) {
            groups.add(group(level, rows, mixed, all));
        }
        return groups;
    }

    private static Group group(String level, List<Row> rows, boolean mixed, List<Ranking.Group> all) {
        int units = all.stream().filter(g -> g.level().equals(level)).mapToInt(g -> g.units().size()).sum();
        return new Group(mixed ? Levels.zh(level) : null, units, rows);
    }

    private static Row row(Store.Assessment a, Ranking.Ranked r) {
        UnitSummary u = r.unit();
        boolean otherYear = a.year() != null && u.year() != null && !a.year().equals(u.year());
        return new Row(r.rank(), u.unit() == null ? "（未识别单位名称）" : u.unit(), u.workbook(), Levels.zh(u.level()),
                u.year() == null ? "" : u.year().toString(), otherYear, Numbers.format(u.total()),
                u.grade() + (u.veto() ? "（一票否决）" : ""), u.gaps(),
                u.followUp() == null ? "" : ScorecardText.percent(u.followUp().rate()),
                u.selfTotal() == null ? "" : Numbers.format(u.selfTotal()),
                u.selfDifference() == null ? "" : Numbers.format(u.selfDifference()), u.source());
    }
}
