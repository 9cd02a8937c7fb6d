package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.read.ReportText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Report file → facts with evidence: read, segment, meta, the four parts, then the indicators' patterns. */
public final class ReportExtractor {
    private static final Pattern RULE_OF_LAW = Pattern.compile("法治|依法行政|依法治(国|省|市|区|县|镇|街|旗)|法制");

    private final ReportReader reader = new ReportReader();
    private final Segmenter segmenter = new Segmenter();
    private final MetaExtractor meta = new MetaExtractor();
    private final FactExtractor facts;

    public ReportExtractor(Checklist checklist) {
        this.facts = new FactExtractor(checklist);
    }

    public Extraction extract(Path file) {
        return extract(reader.read(file));
    }

    public Extraction extract(ReportText text) {
        return extract(text, text.source());
    }

    /** {@code fileName}: the name the user gave the report, the last place to look for the unit's name. */
    public Extraction extract(ReportText text, String fileName) {
        Segmentation segments = segmenter.segment(text);
        MetaExtractor.Meta m = meta.extract(text, segments, fileName);
        Map<String, ExtractedFact> flags = ReportFlags.of(text, segments);
        Map<String, ExtractedFact> found = new LinkedHashMap<>();
        for (String key : List.of("report.achievements", "report.shortcomings", "report.first_responsible",
                "report.next_year_plan")) {
            if (flags.containsKey(key)) {
                found.put(key, flags.get(key));
            }
        }
        found.putAll(facts.extract(text, segments, m.unit()));
        ReportDates.of(text).forEach((key, fact) -> {
            if (facts.knows(key)) {
                found.put(key, fact);
            }
        });
        List<String> warnings = new ArrayList<>(text.warnings());
        if (segments.headings().stream().noneMatch(h -> h.level() == 1)) {
            warnings.add(text.source() + ": no headings like 一、 found: facts were taken from the whole text (section other)");
        }
        if (m.unit() == null) {
            warnings.add(text.source() + ": the reporting unit was not found in the title, the page, the opening or the"
                    + " file name: set meta.unit" + (m.level() == null ? ", and give --level" : "; level " + m.level()
                    + " taken from the words 「" + m.levelQuote() + "」"));
        }
        if (m.year() == null) {
            warnings.add(text.source() + ": the year reported on was not found: set meta.year");
        }
        boolean ruleOfLaw = RULE_OF_LAW.matcher(text.normalized()).find();
        Map<String, String> quotes = new LinkedHashMap<>();
        putIfFound(quotes, "unit", m.unitQuote());
        putIfFound(quotes, "level", m.levelQuote());
        putIfFound(quotes, "year", m.yearQuote());
        return new Extraction(text.source(), m.unit(), m.level(), m.year(), quotes, found, warnings, ruleOfLaw);
    }

    private static void putIfFound(Map<String, String> quotes, String key, String quote) {
        if (quote != null) {
            quotes.put(key, quote);
        }
    }
}
