package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Evidence;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scorecard as JSON, schema documented in docs/json-schema.md. Fields keep a fixed order. */
public final class JsonScorecardWriter implements ScorecardWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(Scorecard scorecard) {
        return json(tree(scorecard));
    }

    @Override
    public String writeAll(List<Scorecard> scorecards) {
        return json(scorecards.stream().map(JsonScorecardWriter::tree).toList());
    }

    @Override
    public String extension() {
        return "json";
    }

    static Map<String, Object> tree(Scorecard s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("checklist", s.checklist());
        m.put("source", s.source());
        m.put("unit", s.unit());
        m.put("level", s.level());
        m.put("profile", s.profile());
        m.put("profile_name", s.profileName());
        m.put("year", s.year());
        m.put("assessed_on", s.assessedOn());
        m.put("total", s.total());
        m.put("raw_points", s.rawPoints());
        m.put("max_points", s.maxPoints());
        m.put("bonus_points", s.bonusPoints());
        m.put("deducted_points", s.deductedPoints());
        m.put("manual_points", s.manualPoints());
        m.put("grade", s.grade());
        m.put("veto", s.veto());
        if (s.selfTotal() != null) {
            m.put("self_total", s.selfTotal());
            m.put("self_difference", Numbers.round2(s.total() - s.selfTotal())); // evaluated − self-assessed
        }
        m.put("categories", s.categories().stream().map(JsonScorecardWriter::category).toList());
        if (s.followUp() != null) {
            m.put("previous_total", s.followUp().previousTotal());
            m.put("rectification_rate", Math.round(s.followUp().rate() * 10000) / 10000.0); // 已整改 ÷ last year's gaps
            m.put("followup", followUp(s.followUp()));
        }
        m.put("findings", s.findings().stream().map(f -> finding(s, f)).toList());
        m.put("warnings", s.warnings());
        if (!s.review().isEmpty()) {
            m.put("review", s.review().stream().map(JsonScorecardWriter::adjustment).toList());
        }
        return m;
    }

    private static Map<String, Object> adjustment(ReviewEntry a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        m.put("target", a.target());
        m.put("before", a.before());
        m.put("after", a.after());
        m.put("reason", a.reason());
        m.put("at", a.at());
        return m;
    }

    private static Map<String, Object> category(CategoryScore c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("points", c.points());
        m.put("max", c.max());
        return m;
    }

    private static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", f.source());
        m.put("previous_year", f.previousYear());
        m.put("items", f.items().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("criterion", i.criterion());
            item.put("title", i.title());
            item.put("outcome", i.outcome().zh());
            item.put("label", i.label());
            item.put("lost_before", i.lostBefore());
            item.put("lost_now", i.lostNow());
            item.put("unit_said", i.unitSaid());
            item.put("closed_by_unit", i.closedByUnit());
            item.put("closed_on", i.closedOn());
            item.put("quote", i.quote());
            return item;
        }).toList());
        return m;
    }

    private static Map<String, Object> finding(Scorecard s, Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", f.criterion());
        m.put("title", f.title());
        m.put("category", f.category());
        m.put("status", f.status().name());
        m.put("status_zh", f.status().zh());
        m.put("points", f.points());
        m.put("max", f.max());
        if (s.self().of(f.criterion()) != null) {
            m.put("self_points", s.self().of(f.criterion()));
        }
        m.put("gap", f.gap());
        m.put("problem", f.problem());
        m.put("target", f.remedy().target());
        m.put("suggestion", f.suggestion());
        m.put("remedy_type", f.remedy().type().zh());
        m.put("owner", f.owner());
        m.put("support", f.remedy().support());
        m.put("deadline", f.deadline());
        m.put("basis", f.basis());
        m.put("rule", f.rule());
        m.put("method", f.method().yamlName());
        m.put("veto", f.veto());
        m.put("data_doubt", f.dataDoubt());
        m.put("evidence", f.evidence().stream().map(JsonScorecardWriter::evidence).toList());
        if (s.followUp() != null && s.followUp().item(f.criterion()) != null) {
            m.put("followup", s.followUp().item(f.criterion()).outcome().zh());
        }
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", e.key());
        m.put("value", e.value());
        m.put("quote", e.quote());
        if (e.corrected() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("reason", e.corrected().reason());
            c.put("at", e.corrected().at());
            c.put("original_quote", e.corrected().originalQuote());
            m.put("corrected", c);
        }
        return m;
    }

    private static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
