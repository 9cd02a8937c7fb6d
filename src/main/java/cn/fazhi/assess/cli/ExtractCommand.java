package cn.fazhi.assess.cli;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.extract.Extraction;
import cn.fazhi.assess.extract.FactsFileWriter;
import cn.fazhi.assess.extract.ReportExtractor;
import cn.fazhi.assess.read.ReadException;
import cn.fazhi.assess.report.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportExtractor extractor;
        try {
            extractor = new ReportExtractor(new ChecklistLoader().load(options.criteriaFile()));
        } catch (ChecklistException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return App.USAGE;
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(report);
        } catch (ReadException e) {
            err.println("error: " + e.getMessage());
            return App.INPUT_FAILED;
        }
        extraction.warnings().forEach(w -> err.println("warning: " + w));
        FactsFileWriter writer = new FactsFileWriter();
        String text = format == Format.json ? writer.json(extraction) : writer.yaml(extraction);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return App.OK;
        }
        try {
            OutputFiles.write(output, text, force);
            err.println("wrote " + output + " (" + extraction.facts().size() + " facts)");
            return App.OK;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return App.INPUT_FAILED;
        }
    }
}
