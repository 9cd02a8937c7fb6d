package cn.fazhi.assess.cli;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.extract.FactsFileReader;
import cn.fazhi.assess.extract.ReportExtractor;

import java.nio.file.Path;
import java.util.Locale;

/** An input to `score`: a facts file (.yaml .yml .json) is read as it is; anything else is a report to extract. */
final class Inputs {
    private final FactsFileReader factsFiles;
    private final ReportExtractor reports;

    Inputs(Checklist checklist) {
        this.factsFiles = new FactsFileReader(checklist);
        this.reports = new ReportExtractor(checklist);
    }

    ReportFacts load(Path file) {
        return isFactsFile(file) ? factsFiles.read(file) : reports.extract(file).toReportFacts();
    }

    static boolean isFactsFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
