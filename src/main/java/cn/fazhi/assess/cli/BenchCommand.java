package cn.fazhi.assess.cli;

import cn.fazhi.assess.batch.Benchmark;
import cn.fazhi.assess.extract.ReportExtractor;
import cn.fazhi.assess.checklist.ChecklistLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Measures speed and memory on synthetic reports made from the samples; see docs/performance.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: make N reports from the sample reports and time every stage; prints a Markdown table.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--reports", paramLabel = "N", description = "How many reports (default 2000).")
    int reports = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--samples", paramLabel = "DIR", description = "The reports to vary (default: samples/reports).")
    Path samples = Path.of("samples/reports");

    @Option(names = "--keep", description = "Keep the generated reports and outputs (their folder is printed).")
    boolean keep;

    @Mixin
    ChecklistOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(samples)) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + samples + ": cannot list the sample reports: " + e.getMessage());
            return App.USAGE;
        }
        List<String> units = new ArrayList<>();
        ReportExtractor extractor = new ReportExtractor(new ChecklistLoader().load(options.criteriaFile()));
        for (Path seed : seeds) {
            units.add(extractor.extract(seed).unit());
        }
        Path work = Files.createTempDirectory("fazhi-bench");
        try {
            Path criteria = options.criteriaFile();
            String table = new Benchmark(criteria, options.rulesDir(criteria), seeds, units, threads).run(reports, work);
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
            return App.OK;
        } finally {
            if (keep) {
                spec.commandLine().getErr().println("kept " + work);
            } else {
                deleteTree(work);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
