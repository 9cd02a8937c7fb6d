package cn.fazhi.assess.cli;

import cn.fazhi.assess.batch.Benchmark;
import cn.fazhi.assess.extract.ReportExtractor;
import cn.fazhi.assess.checklist.ChecklistLoader;
import picocli.CommandLine;
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

/**
 * Measures speed and memory on synthetic reports made from the samples; see docs/performance.md. It is test code,
 * not in the shipped jar: run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.fazhi.assess.cli.BenchCommand -Dexec.args="--reports 3000"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: make N reports from the sample reports and time every stage; prints a Markdown table.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--reports", paramLabel = "N", description = "How many reports (default 2000).")
    int reports = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--samples", paramLabel = "DIR", description = "The reports to vary (default: samples/reports).")
    Path samples = Path.of("samples/reports");

    @Option(names = "--keep", description = "Keep the generated reports and outputs (their folder is printed).")
    boolean keep;

    @Option(names = "--generate", paramLabel = "DIR",
            description = "Only write the N synthetic reports into DIR (new or empty), for a standalone rank over them; time nothing.")
    Path generate;

    @Mixin
    ChecklistOptions options;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

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
        Path criteria = options.criteriaFile();
        Benchmark benchmark = new Benchmark(criteria, options.rulesDir(criteria), seeds, units, threads);
        if (generate != null) {
            return generateOnly(benchmark);
        }
        Path work = Files.createTempDirectory("fazhi-bench");
        try {
            String table = benchmark.run(reports, work);
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

    private int generateOnly(Benchmark benchmark) throws IOException {
        if (Files.exists(generate) && (!Files.isDirectory(generate) || !isEmpty(generate))) {
            spec.commandLine().getErr().println("error: " + generate + " exists and is not an empty folder: give a new one");
            return App.USAGE;
        }
        Files.createDirectories(generate);
        int written = benchmark.generate(reports, generate).size();
        spec.commandLine().getOut().println("wrote " + written + " synthetic reports into " + generate);
        spec.commandLine().getOut().flush();
        return App.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
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
