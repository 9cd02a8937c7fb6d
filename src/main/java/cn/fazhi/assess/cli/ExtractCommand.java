package cn.fazhi.assess.cli;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.extract.Extraction;
import cn.fazhi.assess.extract.FactsFileWriter;
import cn.fazhi.assess.extract.ReportExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Extracts the facts of one report into an editable facts file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read a report (.txt .html .docx .pdf) and print its facts with their quotes, to check, correct and score.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { yaml, json }

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report file.")
    Path report;

    @Mixin
    ChecklistOptions options;

    @Option(names = "--format", defaultValue = "yaml", paramLabel = "FORMAT", description = "yaml (default) or json.")
    Format format;

    @Mixin
    OutputOptions out;

    @Spec
    CommandSpec spec;

    @ParentCommand
    App app;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportExtractor extractor = new ReportExtractor(new ChecklistLoader().load(options.criteriaFile()));
        Extraction extraction;
        try {
            extraction = extractor.extract(report);
        } catch (InputFailure e) {
            err.println(app.error(e));
            return App.exitCode(e.reason());
        }
        extraction.warnings().forEach(w -> err.println("warning: " + w));
        FactsFileWriter writer = new FactsFileWriter();
        String text = format == Format.json ? writer.json(extraction) : writer.yaml(extraction);
        return out.emit(spec, text, " (" + extraction.facts().size() + " facts)") ? App.OK : App.INPUT_FAILED;
    }
}
