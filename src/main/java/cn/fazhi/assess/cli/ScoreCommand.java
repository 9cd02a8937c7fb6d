package cn.fazhi.assess.cli;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.followup.FollowUps;
import cn.fazhi.assess.followup.PreviousResult;
import cn.fazhi.assess.followup.PreviousResults;
import cn.fazhi.assess.followup.UnitNames;
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

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Score as this level, whatever meta.level says: county, township, department, city, province, ministry.")
    String level;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Score on this checklist profile, whatever kind of unit the name says: a level's (county, township, department …) "
                    + "or a kind of department's (justice, market, police, ecology, comprehensive; `check --explain` lists them).")
    String profile;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md (default), json or html.")
    Format format;

    @Option(names = "--previous", paramLabel = "LAST",
            description = "Last year's result of the unit: its scorecard JSON (score --format json) or its 整改台账 (.xlsx) as the unit filled it in; "
                    + "each of last year's gaps is followed up (已整改, 部分整改, 未整改 …). Repeat it for several units; they are matched by name.")
    List<Path> previous = List.of();

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
        Pipeline pipeline = new Pipeline(loaded.checklist(), loaded.ruleBase(), assessment.date());
        List<Scorecard> scorecards = new ArrayList<>();
        List<Reason> failed = new ArrayList<>();
        for (Path input : inputs) {
            try {
                ReportFacts facts = pipeline.load(input);
                facts = level == null ? facts : facts.withLevel(level);
                facts = profile == null ? facts : facts.withProfile(profile);
                facts.warnings().forEach(w -> err.println("warning: " + w));
                scorecards.add(pipeline.score(facts));
            } catch (InputFailure e) {
                err.println(app.error(e));
                failed.add(e.reason());
            }
        }
        List<Reason> notFollowedUp = new ArrayList<>();
        scorecards = followUp(scorecards, pipeline.checklist(), notFollowedUp, err);
        if (!scorecards.isEmpty() && !out.emit(spec, render(scorecards), "")) {
            return App.INPUT_FAILED;
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + inputs.size() + " file(s) could not be scored");
        }
        failed.addAll(notFollowedUp);
        return App.exitCode(failed);
    }

    /** Each scorecard set against last year's result of its unit; a result that cannot be used is said and left out. */
    private List<Scorecard> followUp(List<Scorecard> scorecards, Checklist checklist, List<Reason> failed, PrintWriter err) {
        if (previous.isEmpty()) {
            return scorecards;
        }
        List<PreviousResult> results = new ArrayList<>();
        for (Path p : previous) {
            try {
                results.add(PreviousResults.read(p));
            } catch (InputFailure e) {
                err.println(app.error(e));
                failed.add(e.reason());
            }
        }
        boolean one = scorecards.size() == 1 && results.size() == 1;
        List<Scorecard> out = new ArrayList<>();
        for (Scorecard card : scorecards) {
            PreviousResult match = one ? results.get(0)
                    : results.stream().filter(r -> UnitNames.same(r.unit(), card.unit())).findFirst().orElse(null);
            try {
                out.add(match == null ? card : FollowUps.compare(match, card, checklist::currentId));
            } catch (InputFailure e) {
                err.println(app.error(e));
                failed.add(e.reason());
                out.add(card);
            }
        }
        return out;
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
