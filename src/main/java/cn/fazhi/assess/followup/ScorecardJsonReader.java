package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Last year's result from the scorecard JSON that `score --format json` wrote: its gaps are its findings that lost points. */
final class ScorecardJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    PreviousResult read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(), "不是有效的JSON（" + e.getMessage().lines().findFirst().orElse("") + "）");
        }
        if (root != null && (root.isArray() || root.has("scorecards"))) {
            throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(), "包含多个单位的评分表，请给出一个单位的");
        }
        if (root == null || !root.path("findings").isArray()) {
            throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(), "不是评分表JSON（没有 findings），请用 score --format json 的输出");
        }
        List<PreviousResult.Gap> gaps = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            double lost = lost(f);
            if (lost > 0 || f.path("veto").asBoolean() || f.path("data_doubt").asBoolean()) {
                gaps.add(new PreviousResult.Gap(f.path("criterion").asText(), f.path("title").asText(), lost, "", "", "", false, ""));
            }
        }
        return new PreviousResult(file.toString(), text(root, "unit"), root.path("year").isInt() ? root.path("year").asInt() : null,
                root.path("total").isNumber() ? root.path("total").asDouble() : null, gaps);
    }

    /** Points the finding cost, as the scorecard counted them: regular items that were applicable and decided. */
    private static double lost(JsonNode f) {
        Status status;
        try {
            status = Status.valueOf(f.path("status").asText());
        } catch (IllegalArgumentException e) {
            return 0;
        }
        Method method = Method.of(f.path("method").asText("presence"));
        boolean counts = status != Status.NOT_APPLICABLE && status != Status.MANUAL && method != null && method.isRegular();
        return counts ? Math.max(0, f.path("max").asDouble() - f.path("points").asDouble()) : 0;
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.path(key);
        return n.isTextual() ? n.asText() : null;
    }
}
