package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.Scorecard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Last year's result from a file (a scorecard JSON or a 整改台账 workbook) or from last year's scorecard itself. */
public final class PreviousResults {
    private PreviousResults() {
    }

    /** Last year's result as scored (the workbench keeps last year's assessment): its gaps as they stand. */
    public static PreviousResult of(Scorecard card, String source) {
        List<PreviousResult.Gap> gaps = card.gaps().stream()
                .map(f -> new PreviousResult.Gap(f.criterion(), f.title(), f.pointsLost(), "", "", "", false, "")).toList();
        return new PreviousResult(source, card.unit(), card.year(), card.total(), gaps);
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
