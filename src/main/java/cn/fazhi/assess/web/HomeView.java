package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Levels;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The list of assessments and the form that starts a new one. */
record HomeView(List<Row> assessments, List<Choice> levels, String checklist, int criteria) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Row(long id, String name, String year, String level, int reports, String created) {
    }

    static HomeView of(List<Store.Assessment> assessments, Checklist checklist) {
        List<Row> rows = assessments.stream().map(a -> new Row(a.id(), a.name(), a.year() == null ? "" : a.year().toString(),
                levelName(a.level()), a.reports(), TIME.format(a.createdAt()))).toList();
        return new HomeView(rows, levels(checklist, null), checklist.name(), checklist.criteria().size());
    }

    static List<Choice> levels(Checklist checklist, String selected) {
        return checklist.levels().stream().map(l -> new Choice(l, Levels.zh(l), l.equals(selected))).toList();
    }

    static String levelName(String level) {
        return level == null ? "按报告识别" : Levels.zh(level);
    }
}
