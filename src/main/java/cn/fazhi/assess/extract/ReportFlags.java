package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.ReportText;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** The four required parts (report.*) from the headings the segmenter found. */
final class ReportFlags {
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
        if (!flags.containsKey("report.achievements")) {
            introMention(text, segments).ifPresent(f -> flags.put("report.achievements", f));
        }
        return flags;
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
