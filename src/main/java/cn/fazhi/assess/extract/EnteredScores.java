package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Decision;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.SelfAssessment;
import cn.fazhi.assess.domain.Status;
import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a facts file holds beside the report's facts: the evaluator's results on criteria a report cannot show
 * ({@code scores:}, e.g. F5 from 实地核查, a 群众满意度测评 criterion) and the unit's own scores ({@code self_assessment:}
 * with a {@code total} and points per criterion). Every id must be one of the checklist's (or an alias of one).
 */
final class EnteredScores {
    private final Checklist checklist;
    private final String file;

    EnteredScores(Checklist checklist, String file) {
        this.checklist = checklist;
        this.file = file;
    }

    /** {@code F5: {status: 部分达标, points: 2, reason: …}}: each becomes an evaluator's decision. */
    List<Decision> decisions(JsonNode node) {
        List<Decision> decisions = new ArrayList<>();
        if (node == null || node.isNull()) {
            return decisions;
        }
        if (!node.isObject()) {
            throw wrong("scores", "must map criterion ids to {status, points, reason}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = criterion(e.getKey(), "scores");
            JsonNode entry = e.getValue();
            if (entry == null || !entry.isObject()) {
                throw wrong("scores." + e.getKey(), "must be {status, points, reason}");
            }
            Status status = status(entry.path("status").asText(""), "scores." + e.getKey() + ".status");
            double max = checklist.criterion(id).orElseThrow().points();
            double points = entry.has("points") ? number(entry.get("points"), "scores." + e.getKey() + ".points")
                    : status == Status.MET ? max : 0;
            if (points > max) {
                throw wrong("scores." + e.getKey() + ".points", Numbers.format(points) + " is more than the criterion's " + Numbers.format(max));
            }
            try {
                decisions.add(new Decision(id, status, points, entry.path("reason").asText("")));
            } catch (IllegalArgumentException ex) {
                throw wrong("scores." + e.getKey(), ex.getMessage());
            }
        }
        return decisions;
    }

    /** {@code {total: 95, criteria: {A1: 2, …}}}. */
    SelfAssessment self(JsonNode node) {
        if (node == null || node.isNull()) {
            return SelfAssessment.NONE;
        }
        if (!node.isObject()) {
            throw wrong("self_assessment", "must be {total, criteria}");
        }
        Double total = node.has("total") && !node.get("total").isNull() ? number(node.get("total"), "self_assessment.total") : null;
        if (total != null && total > 100 + checklist.bonusCap()) {
            throw wrong("self_assessment.total", Numbers.format(total) + " is more than a unit can score");
        }
        Map<String, Double> byCriterion = new LinkedHashMap<>();
        JsonNode criteria = node.path("criteria");
        if (!criteria.isMissingNode() && !criteria.isObject()) {
            throw wrong("self_assessment.criteria", "must map criterion ids to points");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = criteria.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "self_assessment.criteria." + e.getKey();
            String id = criterion(e.getKey(), "self_assessment.criteria");
            double points = number(e.getValue(), at);
            double max = checklist.criterion(id).orElseThrow().points();
            if (points > max) {
                throw wrong(at, Numbers.format(points) + " is more than the criterion's " + Numbers.format(max));
            }
            byCriterion.put(id, points);
        }
        return new SelfAssessment(total, byCriterion);
    }

    private String criterion(String given, String at) {
        String id = checklist.currentId(given);
        if (checklist.criterion(id).isEmpty()) {
            throw wrong(at + "." + given, "no criterion of the checklist has this id");
        }
        return id;
    }

    private Status status(String text, String at) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        for (Status s : Status.values()) {
            if (s.zh().equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw wrong(at, "'" + text + "' is not a result (达标, 部分达标, 未达标 or 报告未体现)");
    }

    private double number(JsonNode node, String at) {
        OptionalDouble v = node == null ? OptionalDouble.empty() : Numbers.parse(Normalizer.normalize(node.asText(), Normalizer.Form.NFKC).strip());
        if (v.isEmpty() || v.getAsDouble() < 0) {
            throw wrong(at, "'" + (node == null ? "" : node.asText()) + "' is not a number of points (0 or more)");
        }
        return v.getAsDouble();
    }

    private InputFailure wrong(String key, String what) {
        return new InputFailure(Reason.ENTRY_INVALID, file, key, what);
    }
}
