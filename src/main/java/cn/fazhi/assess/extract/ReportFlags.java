package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.ReportText;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four required parts (report.*) from the headings the segmenter found, or from their content where
 * the report gives it without a heading of its own: shortcomings and their causes named anywhere (often
 * inside the next year's plan), and what the main leaders did in a report that has reached its plan.
 */
final class ReportFlags {
    private static final Pattern SHORTCOMINGS_CONTENT = Pattern.compile(
            "(?<!解决|整改|查找|梳理|排查|针对|破解|对照)(存在|面临)的?(主要)?(问题|不足|短板|差距|困难|弱项)(是|有|主要|:|表现)"
                    + "|(存在|不足|问题|差距)的?主要原因(是|在于|主要是)|(问题|不足|短板|差距)(主要)?(表现|体现)(在|为)"
                    + "|(仍然|仍|还|依然)(存在|有)(一些|一定|不少)?的?(差距|不足|短板|薄弱环节|短板弱项)");
    private static final Pattern FIRST_RESPONSIBLE_CONTENT = Pattern.compile(
            "(主要负责同志|主要负责人|主要领导(同志)?|党政一把手|(区|县|市|镇|乡|旗)(委书记|长)[\\u4e00-\\u9fff]{2,3}(同志)?)"
                    + "[^。;,]{0,12}?(带头|主持|亲自|召开|听取|专题研究|研究部署|督办|述法)[^。;,]{0,16}");

    private ReportFlags() {
    }

    static Map<String, ExtractedFact> of(ReportText text, Segmentation segments) {
        Map<String, ExtractedFact> flags = new LinkedHashMap<>();
        for (Heading h : segments.headings()) {
            for (SectionKind kind : h.kinds()) {
                String key = key(kind);
                if (key != null && !flags.containsKey(key) && (h.level() == 1 || kind != SectionKind.ACHIEVEMENTS)) {
                    flags.put(key, fact(key, text, h.start(), h.end(), kind));
                }
            }
        }
        // no headings at all: the opening's "现将…工作情况报告如下" announces the achievements
        if (!flags.containsKey("report.achievements") && segments.headings().stream().noneMatch(h -> h.level() == 1)) {
            introMention(text, segments).ifPresent(f -> flags.put("report.achievements", f));
        }
        if (!flags.containsKey("report.shortcomings")) {
            content(text, segments, SHORTCOMINGS_CONTENT, k -> k != SectionKind.CHROME, SectionKind.SHORTCOMINGS)
                    .ifPresent(f -> flags.put("report.shortcomings", f));
        }
        // an opening cut before the plan may still have the part further on: only a whole report is judged by content
        boolean whole = flags.containsKey("report.next_year_plan");
        if (whole && !flags.containsKey("report.first_responsible")) {
            content(text, segments, FIRST_RESPONSIBLE_CONTENT, SectionKind::yieldsFacts, SectionKind.FIRST_RESPONSIBLE)
                    .ifPresent(f -> flags.put("report.first_responsible", f));
        }
        return flags;
    }

    private static Optional<ExtractedFact> content(ReportText text, Segmentation segments, Pattern pattern,
                                                   Predicate<SectionKind> where, SectionKind kind) {
        for (Line line : segments.lines()) {
            if (!where.test(line.kind())) {
                continue;
            }
            String sentence = text.normalized().substring(line.start(), line.end());
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                if (kind == SectionKind.FIRST_RESPONSIBLE && Intentions.intended(sentence, m.start())) {
                    continue;
                }
                return Optional.of(new ExtractedFact(new ReportFact(key(kind), IndicatorType.FLAG, true,
                        text.quote(line.start() + m.start(), line.start() + m.end())), line.kind()));
            }
        }
        return Optional.empty();
    }

    /** No achievements heading: the opening's "现将2023年度…工作情况报告如下" announces the part. */
    private static Optional<ExtractedFact> introMention(ReportText text, Segmentation segments) {
        for (Line line : segments.lines()) {
            if (line.kind() != SectionKind.OTHER) {
                continue;
            }
            Matcher m = Achievements.INTRO.matcher(text.normalized().substring(line.start(), line.end()));
            if (m.find()) {
                int s = line.start() + m.start();
                return Optional.of(new ExtractedFact(new ReportFact("report.achievements", IndicatorType.FLAG,
                        true, text.quote(s, line.start() + m.end())), SectionKind.OTHER));
            }
        }
        return Optional.empty();
    }

    private static ExtractedFact fact(String key, ReportText text, int start, int end, SectionKind kind) {
        String heading = text.quote(start, end).strip();
        return new ExtractedFact(new ReportFact(key, IndicatorType.FLAG, true, heading), kind);
    }

    private static String key(SectionKind kind) {
        return switch (kind) {
            case ACHIEVEMENTS -> "report.achievements";
            case SHORTCOMINGS -> "report.shortcomings";
            case FIRST_RESPONSIBLE -> "report.first_responsible";
            case NEXT_YEAR_PLAN -> "report.next_year_plan";
            default -> null;
        };
    }
}
