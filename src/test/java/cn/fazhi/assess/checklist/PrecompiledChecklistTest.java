package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PrecompiledChecklistTest {
    static final Path CRITERIA = Path.of("criteria.yaml");

    @Test
    void theBundledChecklistComesPrecompiledAndEqualToItsYaml() throws IOException {
        byte[] content = Files.readAllBytes(CRITERIA);
        assumeTrue(built(), "the snapshot is written by the build (mvn process-classes)");

        Checklist snapshot = PrecompiledChecklist.lookup(content).orElseThrow();
        Checklist yaml = new ChecklistLoader().loadYaml(CRITERIA, content);

        assertThat(snapshot.criteria()).isEqualTo(yaml.criteria());
        assertThat(snapshot.profiles()).isEqualTo(yaml.profiles());
        assertThat(snapshot.grades()).isEqualTo(yaml.grades());
        assertThat(patterns(snapshot)).isEqualTo(patterns(yaml));
        assertThat(snapshot.totalPoints()).isEqualTo(yaml.totalPoints());
    }

    @Test
    void anyOtherContentIsReadFromItsYaml(@TempDir Path dir) throws IOException {
        String edited = Files.readString(CRITERIA) + "\n# an evaluator's note\n";
        assertThat(PrecompiledChecklist.lookup(edited.getBytes(StandardCharsets.UTF_8))).isEmpty();

        Path file = dir.resolve("criteria.yaml");
        Files.writeString(file, edited.replaceFirst("points: 5", "points: five"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new ChecklistLoader().load(file)))
                .isInstanceOf(ChecklistException.class).hasMessageContaining("criteria.yaml:");
    }

    private static boolean built() {
        return PrecompiledChecklist.class.getClassLoader().getResource(PrecompiledChecklist.INDEX) != null;
    }

    private static List<String> patterns(Checklist c) {
        return c.indicators().values().stream()
                .flatMap((Indicator i) -> i.patterns().stream().map(p -> i.key() + " " + p.regex().pattern() + " " + p.value()))
                .toList();
    }
}
