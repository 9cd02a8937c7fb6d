package cn.fazhi.assess.cli;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.scoring.RuleBase;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the checklist and rules come from: --criteria and --rules, else ./criteria.yaml and the
 * rules/ beside it, else the copies bundled in the jar.
 */
final class ChecklistOptions {
    @Option(names = "--criteria", paramLabel = "FILE",
            description = "The checklist (default: ./criteria.yaml, else the bundled one).")
    Path criteria;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The DRL rules folder (default: rules/ beside the checklist).")
    Path rules;

    record Loaded(Path criteriaFile, Path rulesDir, Checklist checklist, RuleBase ruleBase) {
    }

    Path criteriaFile() {
        return criteria != null ? criteria : defaultCriteria();
    }

    /** --rules, else rules/ beside the checklist, else (a variant that extends the bundled checklist) the bundled rules. */
    Path rulesDir(Path criteriaFile) {
        if (rules != null) {
            return rules;
        }
        Path parent = criteriaFile.getParent();
        Path beside = parent == null ? Path.of("rules") : parent.resolve("rules");
        return Files.isDirectory(beside) ? beside : bundled().getParent().resolve("rules");
    }

    Loaded load() {
        Path criteriaFile = criteriaFile();
        Path rulesDir = rulesDir(criteriaFile);
        Checklist checklist = new ChecklistLoader().load(criteriaFile);
        return new Loaded(criteriaFile, rulesDir, checklist, RuleBase.compile(rulesDir, checklist));
    }

    private static Path defaultCriteria() {
        Path local = Path.of("criteria.yaml");
        return Files.isRegularFile(local) ? local : bundled();
    }

    private static Path bundled() {
        URL url = ChecklistOptions.class.getResource("/fazhi/criteria.yaml");
        if (url == null) {
            throw new ChecklistException("no criteria.yaml here and none bundled: pass --criteria FILE");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
            } catch (FileSystemAlreadyExistsException e) {
                return FileSystems.getFileSystem(uri).provider().getPath(uri);
            }
        } catch (URISyntaxException | IOException e) {
            throw new ChecklistException("cannot open the bundled checklist: " + e.getMessage());
        }
    }
}
