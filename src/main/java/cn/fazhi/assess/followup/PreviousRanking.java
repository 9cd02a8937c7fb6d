package cn.fazhi.assess.followup;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Last year's `rank` output folder: each unit's 整改台账 (as written, or as the unit filled it in and handed back,
 * put back in the folder) and summary.json for last year's totals. Units are found by name, whatever suffix or script.
 */
public final class PreviousRanking {
    private final Path folder;
    private final Map<String, PreviousResult> byUnit = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private PreviousRanking(Path folder) {
        this.folder = folder;
    }

    /** Reads what it can; a ledger it cannot read is a problem to report, not a reason to stop. */
    public static PreviousRanking read(Path folder) throws IOException {
        PreviousRanking p = new PreviousRanking(folder);
        Map<String, Double> totals = totals(folder.resolve("summary.json"));
        List<Path> ledgers;
        try (Stream<Path> files = Files.list(folder)) {
            ledgers = files.filter(f -> f.getFileName().toString().endsWith(".xlsx") && !f.getFileName().toString().equals("排名.xlsx"))
                    .sorted().toList();
        }
        for (Path ledger : ledgers) {
            try {
                PreviousResult r = new LedgerReader().read(ledger);
                if (r.unit() == null) {
                    p.problems.add(ledger.getFileName() + "：整改台账没有写明单位，无法与本年度比对");
                    continue;
                }
                Double total = totals.get(UnitNames.key(r.unit()));
                PreviousResult withTotal = new PreviousResult(r.source(), r.unit(), r.year(), total, r.gaps());
                if (p.byUnit.putIfAbsent(UnitNames.key(r.unit()), withTotal) != null) {
                    p.problems.add(ledger.getFileName() + "：上年已有“" + r.unit() + "”的整改台账，此份未用于比对");
                }
            } catch (InputFailure e) {
                p.problems.add(Messages.withFile(e, Messages.ZH));
            }
        }
        return p;
    }

    private static Map<String, Double> totals(Path summary) {
        Map<String, Double> totals = new LinkedHashMap<>();
        if (!Files.isRegularFile(summary)) {
            return totals;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(summary.toFile());
            for (JsonNode u : root.path("ranking")) {
                if (u.path("unit").isTextual() && u.path("total").isNumber()) {
                    totals.put(UnitNames.key(u.path("unit").asText()), u.path("total").asDouble());
                }
            }
        } catch (IOException e) {
            // totals are a nicety: the ledgers carry the gaps
        }
        return totals;
    }

    /** Last year's result of the unit, or null. */
    public PreviousResult forUnit(String unit) {
        return unit == null ? null : byUnit.get(UnitNames.key(unit));
    }

    public int units() {
        return byUnit.size();
    }

    public Path folder() {
        return folder;
    }

    /** Ledgers that could not be used, each with the reason. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
