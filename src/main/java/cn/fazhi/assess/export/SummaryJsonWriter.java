package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CommonGap;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.UnitSummary;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** summary.json: the ranking, per-unit totals, common gaps and failed inputs; the same inputs give the same bytes. */
public final class SummaryJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    // one unit at a time into the open document: flushing after each would be a write to the file per unit
    private static final ObjectWriter VALUES = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** Streams the document: the ranking is written unit by unit, as a batch of 10^5 units would not fit a small heap. */
    public void write(Ranking ranking, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schema_version", 1);
            json.writeObjectField("checklist", ranking.checklist());
            json.writeNumberField("scored", ranking.units().size());
            json.writeNumberField("failed", ranking.failures().size());
            json.writeArrayFieldStart("ranking");
            for (Ranking.Ranked r : ranking.units()) {
                VALUES.writeValue(json, unit(r));
            }
            json.writeEndArray();
            json.writeObjectField("common_gaps", ranking.commonGaps().stream().map(SummaryJsonWriter::gap).toList());
            json.writeObjectField("failures", ranking.failures().stream().map(SummaryJsonWriter::failure).toList());
            json.writeObjectField("notes", ranking.notes());
            json.writeEndObject();
            json.writeRaw('\n');
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
        if (u.followUp() != null) {
            m.put("rectification_rate", Math.round(u.followUp().rate() * 10000) / 10000.0);
            Map<String, Object> outcomes = new LinkedHashMap<>();
            u.followUp().outcomes().forEach((o, n) -> outcomes.put(o.zh(), n));
            m.put("followup", outcomes);
        }
        if (u.selfTotal() != null) {
            m.put("self_total", u.selfTotal());
            m.put("self_difference", u.selfDifference());
        }
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
        m.put("reason", f.text(Messages.EN));
        m.put("reason_zh", f.text(Messages.ZH));
        m.put("reason_code", f.reason().code());
        return m;
    }
}
