package cn.fazhi.assess.cli;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.scoring.OneFindingProof;
import cn.fazhi.assess.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Validates the checklist and compiles the rules against it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate criteria.yaml and rules/ and print one line with the counts.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ChecklistOptions options;

    @Option(names = "--explain", description = "Also print the effective checklist (after extends:) as a Markdown table: "
            + "each criterion's points per profile, method and how its points are lost.")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            ChecklistOptions.Loaded loaded = options.load();
            OneFindingProof.Result proof = OneFindingProof.check(loaded.checklist(),
                    new Pipeline(loaded.checklist(), loaded.ruleBase()).engine());
            if (!proof.problems().isEmpty()) {
                throw new ChecklistException(proof.problems());
            }
            spec.commandLine().getOut().println(summary(loaded) + "; each criterion gets exactly one finding in all "
                    + proof.cases() + " cases tried");
            if (explain) {
                spec.commandLine().getOut().print("\n" + ChecklistTable.of(loaded.checklist()));
                spec.commandLine().getOut().flush();
            }
            return App.OK;
        } catch (ChecklistException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("error: " + p));
            spec.commandLine().getErr().println(e.problems().size() + " problem(s); nothing was checked further");
            return App.USAGE;
        }
    }

    private static String summary(ChecklistOptions.Loaded loaded) {
        Checklist c = loaded.checklist();
        String profiles = c.profiles().stream()
                .map(p -> p.id() + " " + Numbers.format(pointsFor(c, c.lineage(p.id()))))
                .collect(Collectors.joining(", "));
        return "OK: " + shown(loaded.criteriaFile()) + ": " + c.criteria().size() + " criteria in "
                + c.categories().size() + " categories, " + Numbers.format(c.totalPoints()) + " points ("
                + profiles + "), " + c.indicators().size() + " indicators; " + shown(loaded.rulesDir()) + ": "
                + loaded.ruleBase().fileCount() + (loaded.ruleBase().fileCount() == 1 ? " file, " : " files, ") + loaded.ruleBase().rules().size() + " rules"
                + (loaded.ruleBase().precompiled() ? " (precompiled in the jar)" : "");
    }

    /** Inside the jar a path means nothing to the user: say where it is. */
    private static String shown(java.nio.file.Path path) {
        boolean bundled = path.getFileSystem() != java.nio.file.FileSystems.getDefault();
        return bundled ? path.getFileName() + " (bundled in the jar)" : path.toString();
    }

    private static double pointsFor(Checklist c, List<String> lineage) {
        return c.criteria().stream()
                .filter(x -> x.appliesTo(lineage) && x.method().isRegular())
                .mapToDouble(Criterion::points).sum();
    }
}
