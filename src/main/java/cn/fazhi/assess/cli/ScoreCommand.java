package cn.fazhi.assess.cli;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.export.ScorecardWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Scores facts files and prints or writes the scorecards. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score reports (.txt .html .docx .pdf) or facts files (.yaml .json, the shape `extract` writes) and print the scorecard.")
final class ScoreCommand implements Callable<Integer> {
    enum Format { md, json, html }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files, or facts files (.yaml, .yml, .json).")
    List<Path> inputs;

    @Mixin
    ChecklistOptions options;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Score as this level, whatever meta.level says: county, township, department, city, province, ministry.")
    String level;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md (default), json or html.")
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
        ChecklistOptions.Loaded loaded = options.load();
        Pipeline pipeline = new Pipeline(loaded.checklist(), loaded.ruleBase());
        List<Scorecard> scorecards = new ArrayList<>();
        List<Reason> failed = new ArrayList<>();
        for (Path input : inputs) {
            try {
                ReportFacts facts = pipeline.load(input);
                facts = level == null ? facts : facts.withLevel(level);
                facts.warnings().forEach(w -> err.println("warning: " + w));
                scorecards.add(pipeline.score(facts));
            } catch (InputFailure e) {
                err.println(app.error(e));
                failed.add(e.reason());
            }
        }
        if (!scorecards.isEmpty() && !out.emit(spec, render(scorecards), "")) {
            return App.INPUT_FAILED;
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + inputs.size() + " file(s) could not be scored");
        }
        return App.exitCode(failed);
    }

    private String render(List<Scorecard> scorecards) {
        ScorecardWriter writer = switch (format) {
            case md -> new MarkdownScorecardWriter();
            case json -> new JsonScorecardWriter();
            case html -> new HtmlScorecardWriter();
        };
        return scorecards.size() == 1 ? writer.write(scorecards.get(0)) : writer.writeAll(scorecards);
    }
}
