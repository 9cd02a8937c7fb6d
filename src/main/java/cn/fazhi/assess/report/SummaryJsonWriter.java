package cn.fazhi.assess.report;

import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** summary.json: the ranking, per-unit totals, common gaps and failed inputs; the same inputs give the same bytes. */
public final class SummaryJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Ranking ranking) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", 1);
        root.put("checklist", ranking.checklist());
        root.put("scored", ranking.units().size());
        root.put("failed", ranking.failures().size());
        root.put("ranking", ranking.units().stream().map(SummaryJsonWriter::unit).toList());
        root.put("common_gaps", ranking.commonGaps().stream().map(SummaryJsonWriter::gap).toList());
        root.put("failures", ranking.failures().stream().map(SummaryJsonWriter::failure).toList());
        root.put("notes", ranking.notes());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> unit(Ranking.Ranked r) {
        UnitSummary u = r.unit();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", r.rank());
        m.put("unit", u.unit());
        m.put("level", u.level());
        m.put("year", u.year());
        m.put("total", u.total());
        m.put("grade", u.grade());
        m.put("veto", u.veto());
        Map<String, Object> categories = new LinkedHashMap<>();
        u.categories().forEach(c -> categories.put(c.id(), c.points()));
        m.put("categories", categories);
        m.put("gaps", u.gaps());
        m.put("source", u.source());
        m.put("workbook", u.workbook());
        return m;
    }

    private static Map<String, Object> gap(CommonGap g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", g.criterion());
        m.put("title", g.title());
        m.put("units", g.units());
        m.put("points_lost", g.pointsLost());
        return m;
    }

    private static Map<String, Object> failure(FailedInput f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", f.source());
        m.put("reason", f.reason());
        m.put("reason_zh", FailureReasons.zh(f.reason()));
        return m;
    }
}
