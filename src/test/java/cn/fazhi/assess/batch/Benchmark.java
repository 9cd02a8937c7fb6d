package cn.fazhi.assess.batch;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.scoring.RuleBase;
import cn.fazhi.assess.scoring.ScoringEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Measures the pipeline on N synthetic reports: rule-base build, extraction, the rule stage alone (one
 * thread and all threads), the same points by a hand-written Java loop, and end to end (`rank`'s batch: every
 * unit's workbook and the ranking; the three summary files are left to a standalone `rank`). Prints one Markdown table.
 */
public final class Benchmark {
    private static final int ROUNDS = 5;
    private static final long SEED = 42;
    private final Path criteria;
    private final Path rules;
    private final List<SyntheticReports.Seed> seeds;
    private final int threads;
    private final List<String[]> rows = new ArrayList<>();

    public Benchmark(Path criteria, Path rules, List<Path> seedReports, List<String> seedUnits, int threads) throws IOException {
        this.criteria = criteria;
        this.rules = rules;
        this.threads = threads;
        this.seeds = new ArrayList<>();
        for (int i = 0; i < seedReports.size(); i++) {
            seeds.add(new SyntheticReports.Seed(Files.readString(seedReports.get(i)), seedUnits.get(i)));
        }
    }

    /** Only writes the N synthetic reports the benchmark would time, for a standalone `rank` over them. */
    public List<Path> generate(int n, Path dir) throws IOException {
        return SyntheticReports.write(seeds, n, dir, SEED);
    }

    public String run(int n, Path work) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Checklist checklist = new ChecklistLoader().load(criteria);
        RuleBase ruleBase = RuleBase.compile(rules, checklist);
        row("rule base: load the checklist and " + (ruleBase.precompiled() ? "the precompiled " : "compile ") + ruleBase.rules().size()
                + " rules (first in the JVM)", ms(t0), "");
        Pipeline pipeline = new Pipeline(checklist, ruleBase);
        ScoringEngine engine = pipeline.engine();

        Path in = Files.createDirectories(work.resolve("in"));
        List<Path> files = generate(n, in);

        List<ReportFacts> facts = parallel(files, 1, pipeline::load);
        long t1 = System.nanoTime();
        parallel(files, 1, pipeline::load);
        rate("read + extract, 1 thread", n, t1);
        long t2 = System.nanoTime();
        parallel(files, threads, pipeline::load);
        rate("read + extract, " + threads + " threads", n, t2);

        JavaBaseline baseline = new JavaBaseline(checklist, engine);
        double check = verify(engine, baseline, facts);
        // A pass of the rule stage lasts about a second, and this kind of machine varies by a quarter from one second to
        // the next: each stage is timed over ROUNDS interleaved passes after a warm-up, and the median is reported.
        List<Double> ruleOne = new ArrayList<>();
        List<Double> ruleAll = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        double sink = totals(engine::score, facts, threads) + totals(baseline::score, facts, 1);
        for (int round = 0; round < ROUNDS; round++) {
            long t3 = System.nanoTime();
            sink += totals(engine::score, facts, 1);
            ruleOne.add(perSecond(n, t3));
            long t4 = System.nanoTime();
            sink += totals(engine::score, facts, threads);
            ruleAll.add(perSecond(n, t4));
            long t5 = System.nanoTime();
            sink += totals(baseline::score, facts, 1);
            java.add(perSecond(n, t5));
        }
        double ruleMedian = rates("rule stage (pooled session per report + aggregation), 1 thread", ruleOne);
        rates("rule stage, " + threads + " threads", ruleAll);
        double javaMedian = rates("hand-written Java loop, same findings + aggregation, 1 thread", java);
        row("rule stage ÷ Java loop (1 thread, medians)", String.format(Locale.ROOT, "%.1f×", javaMedian / ruleMedian), "");
        // verify() has thrown unless every report's scorecards agree; the sink keeps the timed loops from being optimized away
        row("scorecards checked equal, rules vs Java loop (sum of totals over all reports)", String.format(Locale.ROOT, "%.2f", check),
                sink >= 0 ? "equal" : "");

        long t6 = System.nanoTime();
        Ranking ranking = new BatchRanker(pipeline, threads)
                .run(List.of(in), Files.createDirectories(work.resolve("out")), new Progress(new PrintWriter(new StringWriter()), false), null, false);
        rate("end to end: rank's batch (read, extract, rules, a workbook per unit, the ranking), " + threads + " threads", n, t6);
        row("units scored / failed in that run", ranking.units().size() + " / " + ranking.failures().size(), "");
        row("peak heap used", peakHeapMb() + " MB of " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max", "");
        return table(n);
    }

    /** Scores every report on {@code nThreads} threads and keeps only its total, as a batch keeps only summary rows. */
    private static double totals(Function<ReportFacts, Scorecard> score, List<ReportFacts> facts, int nThreads)
            throws InterruptedException {
        return parallel(facts, nThreads, f -> score.apply(f).total()).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Every report's scorecard from the rules and from the Java loop: same total, same verdict on every criterion. */
    private static double verify(ScoringEngine engine, JavaBaseline baseline, List<ReportFacts> facts) {
        double sum = 0;
        for (ReportFacts f : facts) {
            Scorecard rules = engine.score(f);
            Scorecard java = baseline.score(f);
            if (!verdicts(rules).equals(verdicts(java)) || rules.total() != java.total()) {
                throw new IllegalStateException(f.source() + ": the rules and the Java loop disagree: " + verdicts(rules)
                        + " vs " + verdicts(java));
            }
            sum += rules.total();
        }
        return sum;
    }

    private static List<String> verdicts(Scorecard card) {
        return card.findings().stream().map(x -> x.criterion() + " " + x.status() + " " + x.points() + " " + x.rule() + " " + x.gap()).toList();
    }

    private static <T, R> List<R> parallel(List<T> items, int nThreads, Function<T, R> work)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            List<Future<List<R>>> parts = new ArrayList<>();
            int chunk = (items.size() + nThreads - 1) / nThreads;
            for (int from = 0; from < items.size(); from += chunk) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + chunk));
                parts.add(pool.submit(() -> slice.stream().map(work).toList()));
            }
            List<R> all = new ArrayList<>();
            for (Future<List<R>> p : parts) {
                all.addAll(p.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private double rate(String what, int n, long startNanos) {
        double perSecond = perSecond(n, startNanos);
        row(what, String.format(Locale.ROOT, "%.0f reports/s", perSecond), String.format(Locale.ROOT, "%.3f ms per report", 1000 / perSecond));
        return perSecond;
    }

    /** One row for several timed passes: the median, and the slowest and fastest pass. */
    private double rates(String what, List<Double> perSecond) {
        List<Double> sorted = perSecond.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        row(what, String.format(Locale.ROOT, "%.0f reports/s (median of %d passes; %.0f–%.0f)", median, sorted.size(),
                sorted.get(0), sorted.get(sorted.size() - 1)), String.format(Locale.ROOT, "%.3f ms per report", 1000 / median));
        return median;
    }

    private static double perSecond(int n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }

    private void row(String what, String figure, String note) {
        rows.add(new String[]{what, figure, note});
    }

    private static String ms(long startNanos) {
        return String.format(Locale.ROOT, "%.0f ms", (System.nanoTime() - startNanos) / 1e6);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private String table(int n) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d synthetic reports, %d cores, Java %s%n%n",
                n, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        sb.append("| measure | figure | per report |\n|---|---:|---:|\n");
        rows.forEach(r -> sb.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n"));
        return sb.toString();
    }
}
