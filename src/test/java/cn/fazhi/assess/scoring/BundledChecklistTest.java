package cn.fazhi.assess.scoring;

import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.Checklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's own copy of the checklist and rules is read from inside the jar, a zip file system. */
class BundledChecklistTest {
    @TempDir
    Path dir;

    @Test
    void checklistAndRulesLoadFromAZipFileSystem() throws IOException {
        URI jar = URI.create("jar:" + dir.resolve("bundle.jar").toUri());
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
            Path criteria = zip.getPath("/fazhi/criteria.yaml");
            Files.createDirectories(criteria.getParent().resolve("rules"));
            Files.copy(Path.of("criteria.yaml"), criteria);
            try (var drl = Files.list(Path.of("rules"))) {
                for (Path p : drl.toList()) {
                    Files.copy(p, criteria.getParent().resolve("rules").resolve(p.getFileName().toString()));
                }
            }

            Checklist checklist = new ChecklistLoader().load(criteria);
            RuleBase rules = RuleBase.compile(criteria.getParent().resolve("rules"), checklist);

            assertThat(checklist.criteria()).hasSize(RuleHarness.CHECKLIST.criteria().size());
            assertThat(rules.rules()).hasSize(RuleHarness.RULES.rules().size());
        }
    }
}
