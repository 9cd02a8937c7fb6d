package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.domain.Checklist;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compiled rules of a rules/ folder, checked against the checklist they score. Build it once per
 * process and share it: compiling is the slow part, sessions are cheap.
 */
public final class RuleBase {
    /** The global list every rule adds its finding to: {@code global java.util.List findings;}. */
    static final String FINDINGS_GLOBAL = "findings";
    private static final String PREFIX = "src/main/resources/rules/";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final List<DrlFile> files;
    private final boolean precompiled;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, List<DrlFile> files, boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.rules = List.copyOf(rules);
        this.files = List.copyOf(files);
    }

    /**
     * Starts building the bundled rules on a background thread; a later {@link #compile} of those rules takes the
     * result instead of building them itself. Call it first thing in a short-lived process that will score.
     */
    public static void preload() {
        PrecompiledRules.preload();
    }

    /** Compiles every *.drl in {@code dir} and checks that the rules and {@code checklist} fit. */
    public static RuleBase compile(Path dir, Checklist checklist) {
        return compile(dir, checklist, true);
    }

    /** {@code precompiled} false always compiles the DRL: tests compare the two ways. */
    static RuleBase compile(Path dir, Checklist checklist, boolean precompiled) {
        List<DrlFile> files = read(dir);
        Optional<KieBase> ready = precompiled ? PrecompiledRules.lookup(files) : Optional.empty();
        KieBase kieBase = ready.orElseGet(() -> build(files));
        List<RuleInfo> rules = describe(kieBase, files);
        requireFindingsGlobal(kieBase, files);
        new RuleCoverage(checklist, rules).check();
        return new RuleBase(kieBase, rules, files, ready.isPresent());
    }

    KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** True when these rules came precompiled in the jar rather than compiled from their DRL now. */
    public boolean precompiled() {
        return precompiled;
    }

    public int fileCount() {
        return files.size();
    }

    static List<DrlFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ChecklistException(dir + ": no rules folder here (set it with --rules DIR)");
        }
        List<DrlFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                files.add(new DrlFile(dir.resolve(p.getFileName().toString()).toString(),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new ChecklistException(dir + ": cannot read the rules: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ChecklistException(dir + ": no .drl files in the rules folder");
        }
        return files;
    }

    private static KieBase build(List<DrlFile> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("cn.fazhi.assess", "rules", "1." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        Map<String, String> names = files.stream()
                .collect(Collectors.toMap(f -> PREFIX + Path.of(f.name()).getFileName(), DrlFile::name));
        for (DrlFile f : files) {
            kfs.write(PREFIX + Path.of(f.name()).getFileName(), f.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> names.getOrDefault(m.getPath(), String.valueOf(m.getPath())) + ":" + m.getLine()
                        + ": " + m.getText().strip())
                .toList();
        if (!errors.isEmpty()) {
            throw new ChecklistException(errors);
        }
        return ks.newKieContainer(id).getKieBase();
    }

    /** Rules hand their findings to the engine through this global, which every rules file must declare. */
    private static void requireFindingsGlobal(KieBase kieBase, List<DrlFile> files) {
        Map<String, String> fileOfPackage = filesByPackage(files);
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            boolean declared = pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(FINDINGS_GLOBAL));
            if (!pkg.getRules().isEmpty() && !declared) {
                problems.add(fileOfPackage.getOrDefault(pkg.getName(), pkg.getName()) + ": declares no `global java.util.List "
                        + FINDINGS_GLOBAL + ";` — its rules must add their findings to it, as in " + FINDINGS_GLOBAL
                        + ".add( Findings.met(...) )");
            }
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
    }

    private static Map<String, String> filesByPackage(List<DrlFile> files) {
        return files.stream().collect(Collectors.toMap(DrlFile::packageName, DrlFile::name, (a, b) -> a + ", " + b));
    }

    private static List<RuleInfo> describe(KieBase kieBase, List<DrlFile> files) {
        Map<String, String> fileOfPackage = filesByPackage(files);
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add(RuleInfo.of(rule.getName(), fileOfPackage.getOrDefault(pkg.getName(), pkg.getName()),
                        rule.getMetaData()));
            }
        }
        rules.sort((a, b) -> a.name().compareTo(b.name()));
        return rules;
    }
}
