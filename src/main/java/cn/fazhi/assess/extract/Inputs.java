package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An input to score: a facts file (.yaml .yml .json) is read as it is; anything else is a report to
 * extract, and a document that is not a rule-of-law report at all is refused rather than scored 0.
 */
public final class Inputs {
    private final FactsFileReader factsFiles;
    private final ReportExtractor reports;

    public Inputs(Checklist checklist) {
        this.factsFiles = new FactsFileReader(checklist);
        this.reports = new ReportExtractor(checklist);
    }

    public ReportFacts load(Path file) {
        if (isFactsFile(file)) {
            return factsFiles.read(file);
        }
        Extraction extraction = reports.extract(file);
        if (!extraction.ruleOfLawReport()) {
            throw new InputFailure(Reason.NOT_A_RULE_OF_LAW_REPORT, file.toString());
        }
        return extraction.toReportFacts();
    }

    public static boolean isFactsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
