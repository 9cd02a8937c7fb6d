package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Last year's result from a file: a scorecard JSON or a 整改台账 workbook. */
public final class PreviousResults {
    private PreviousResults() {
    }

    public static PreviousResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputFailure(Reason.NO_SUCH_FILE, file.toString());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new ScorecardJsonReader().read(file);
        }
        if (name.endsWith(".xlsx")) {
            return new LedgerReader().read(file);
        }
        throw new InputFailure(Reason.PREVIOUS_UNREADABLE, file.toString(),
                "上年结果应是评分表JSON（score --format json）或整改台账（.xlsx）");
    }
}
