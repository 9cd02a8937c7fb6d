package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.UnitSummary;
import cn.fazhi.assess.export.OutputFiles;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import cn.fazhi.assess.followup.FollowUps;
import cn.fazhi.assess.followup.PreviousRanking;
import cn.fazhi.assess.followup.PreviousResult;
import cn.fazhi.assess.pipeline.Pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores many reports on all cores: each worker reads, extracts, scores and writes the unit's workbook,
 * and keeps only the unit's summary row, so memory does not grow with the number of reports. A bad
 * file is recorded with its reason and the rest go on.
 */
public final class BatchRanker {
    private final Pipeline pipeline;
    private final int threads;
    private final XlsxLedgerWriter workbooks = new XlsxLedgerWriter();
    private final PreviousRanking previous;
    private final Queue<String> followUpNotes = new ConcurrentLinkedQueue<>();

    public BatchRanker(Pipeline pipeline, int threads) {
        this(pipeline, threads, null);
    }

    /** {@code previous}: last year's `rank` output, whose gaps each unit's ledger follows up; null for none. */
    public BatchRanker(Pipeline pipeline, int threads, PreviousRanking previous) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.previous = previous;
    }

    /**
     * Scores every file found under {@code paths} into {@code outDir}; {@code level}, when given, overrides each
     * unit's level; {@code overwrite} lets workbooks replace files of an earlier run.
     */
    public Ranking run(List<Path> paths, Path outDir, Progress progress, String level, boolean overwrite)
            throws InterruptedException {
        return run(paths, outDir, progress, level, null, overwrite);
    }

    /** As {@link #run(List, Path, Progress, String, boolean)}, every unit on {@code profile} when given (--profile). */
    public Ranking run(List<Path> paths, Path outDir, Progress progress, String level, String profile, boolean overwrite)
            throws InterruptedException {
        InputFiles found = InputFiles.of(paths);
        progress.start(found.files.size());
        List<UnitSummary> units = new ArrayList<>();
        List<FailedInput> failures = new ArrayList<>(found.missing);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (InputFiles.Input input : found.files) {
                results.add(pool.submit(() -> {
                    Object r = scoreOne(input, outDir, level, profile, overwrite);
                    progress.step(r instanceof UnitSummary);
                    return r;
                }));
            }
            for (Future<Object> f : results) {
                Object r = get(f);
                if (r instanceof UnitSummary u) {
                    units.add(u);
                } else {
                    failures.add((FailedInput) r);
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        List<String> notes = new ArrayList<>();
        if (previous != null) {
            notes.addAll(previous.problems());
            followUpNotes.stream().sorted().forEach(notes::add);
        }
        units = WorkbookNames.settle(units, outDir, notes);
        return new RankingBuilder(pipeline.checklist()).build(units, failures, notes);
    }

    private Object scoreOne(InputFiles.Input input, Path outDir, String level, String profile, boolean overwrite) {
        Path file = input.file();
        try {
            Scorecard card = followUp(pipeline.score(file, level, profile));
            String workbook = WorkbookNames.provisional(card.unit(), input.shortName());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            workbooks.write(card, XlsxLedgerWriter.titles(card.categories()), bytes);
            OutputFiles.write(outDir.resolve(workbook), bytes.toByteArray(), overwrite);
            return UnitSummary.of(card, file.toString(), workbook);
        } catch (InputFailure e) {
            return FailedInput.of(file.toString(), e);
        } catch (IOException e) {
            return FailedInput.of(file.toString(), Reason.CANNOT_WRITE, e.getMessage());
        } catch (RuntimeException e) {
            return FailedInput.of(file.toString(), Reason.UNEXPECTED, e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** The scorecard set against last year's result of its unit, when there is one that fits. */
    private Scorecard followUp(Scorecard card) {
        PreviousResult last = previous == null ? null : previous.forUnit(card.unit());
        if (last == null) {
            return card;
        }
        try {
            return FollowUps.compare(last, card, pipeline.checklist()::currentId);
        } catch (InputFailure e) {
            followUpNotes.add(Messages.withFile(e, Messages.ZH));
            return card;
        }
    }

    private static Object get(Future<Object> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a scoring task failed outside its own error handling", e.getCause());
        }
    }
}
