package cn.fazhi.assess.cli;

import cn.fazhi.assess.batch.BatchRanker;
import cn.fazhi.assess.batch.Progress;
import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.export.OutputFiles;
import cn.fazhi.assess.export.SummaryHtmlWriter;
import cn.fazhi.assess.export.SummaryJsonWriter;
import cn.fazhi.assess.export.XlsxRankingWriter;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.followup.PreviousRanking;
import cn.fazhi.assess.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Scores a folder of units, ranks them and writes each unit's 整改台账 workbook. */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Score every report and facts file under the inputs (folders are walked), rank the units, "
                + "and write 排名.xlsx, summary.html, summary.json and one 整改台账 workbook per unit into OUTDIR.")
final class RankCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Report files, facts files, or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "The folder to write into.")
    Path outDir;

    @Option(names = "--force", description = "Write into OUTDIR even if it is not empty, replacing files of the same names.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--level", paramLabel = "LEVEL", description = "Score every unit as this level.")
    String level;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Score every unit on this checklist profile (county, township, department, justice, market, police, ecology, "
                    + "comprehensive …; `check --explain` lists them), whatever kind of unit its name says.")
    String profile;

    @Mixin
    ChecklistOptions options;

    @Mixin
    AssessmentOptions assessment;

    @Option(names = "--previous", paramLabel = "PREV",
            description = "Last year's rank output folder: each unit's 整改台账 there (as written, or as the unit filled it in and put back) "
                    + "is followed up; units are matched by name.")
    Path previous;

    @Spec
    CommandSpec spec;

    @ParentCommand
    App app;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (!force && nonEmpty(outDir)) {
            err.println("error: " + outDir + " is not empty; pass --force to write into it");
            return App.USAGE;
        }
        ChecklistOptions.Loaded loaded = options.load();
        if (previous != null && !Files.isDirectory(previous)) {
            err.println(app.error(new InputFailure(Reason.PREVIOUS_UNREADABLE, previous.toString(), "--previous 应是上年 rank 的输出文件夹")));
            return App.USAGE;
        }
        try {
            Files.createDirectories(outDir);
            PreviousRanking last = previous == null ? null : PreviousRanking.read(previous);
            BatchRanker ranker = new BatchRanker(new Pipeline(loaded.checklist(), loaded.ruleBase(), assessment.date()), threads, last);
            Ranking ranking = ranker.run(inputs, outDir, new Progress(err, System.console() != null), level, profile, force);
            writeSummaries(ranking, loaded);
            report(ranking, err);
            return App.exitCode(ranking.failures().stream().map(FailedInput::reason).toList());
        } catch (IOException e) {
            err.println("error: cannot write into " + outDir + ": " + e.getMessage());
            return App.INPUT_FAILED;
        }
    }

    private void writeSummaries(Ranking ranking, ChecklistOptions.Loaded loaded) throws IOException {
        List<CategoryScore> heads = loaded.checklist().categories().stream()
                .filter(c -> c.points() > 0).map(c -> new CategoryScore(c.id(), c.title(), 0, c.points())).toList();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxRankingWriter().write(ranking, heads, xlsx);
        OutputFiles.write(outDir.resolve("排名.xlsx"), xlsx.toByteArray(), true);
        OutputFiles.write(outDir.resolve("summary.json"), out -> new SummaryJsonWriter().write(ranking, out), true);
        OutputFiles.write(outDir.resolve("summary.html"), out -> new SummaryHtmlWriter().write(ranking, out), true);
    }

    private void report(Ranking ranking, PrintWriter err) {
        for (FailedInput f : ranking.failures()) {
            err.println(app.notScored(f));
        }
        ranking.notes().forEach(n -> err.println("note: " + n));
        spec.commandLine().getOut().println("scored " + ranking.units().size() + " unit(s), " + ranking.failures().size()
                + " file(s) not scored; wrote " + outDir.resolve("排名.xlsx") + ", summary.html, summary.json and "
                + ranking.units().size() + " 整改台账 workbook(s)");
        spec.commandLine().getOut().flush();
    }

    private static boolean nonEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}
