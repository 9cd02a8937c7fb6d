package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Indicator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against ../shared when it is there (a developer's or CI's checkout; a user's clone has none and
 * these skip): the vocabulary is a contract, and the bundled samples are the gold files unchanged.
 */
class SharedContractTest {
    private static final Path SHARED = Path.of("..", "shared");

    @Test
    void checklistHasEveryVocabularyKeyWithItsType() throws IOException {
        Path vocabulary = SHARED.resolve("vocabulary.yaml");
        assumeTrue(Files.isRegularFile(vocabulary), "no ../shared/vocabulary.yaml here");
        JsonNode facts = new ObjectMapper(new YAMLFactory()).readTree(vocabulary.toFile()).get("facts");

        facts.fields().forEachRemaining(e -> {
            Indicator indicator = RuleHarness.CHECKLIST.indicators().get(e.getKey());
            assertThat(indicator).as("vocabulary key %s in criteria.yaml", e.getKey()).isNotNull();
            assertThat(indicator.type().yamlName()).as(e.getKey()).isEqualTo(e.getValue().get("type").asText());
        });
    }

    @Test
    void samplesAreTheGoldFilesUnchanged() throws IOException {
        Path gold = SHARED.resolve("gold");
        assumeTrue(Files.isDirectory(gold), "no ../shared/gold here");
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Path sample = Path.of("samples/facts").resolve(g.getFileName());
                assertThat(sample).as("sample copy of %s", g.getFileName()).exists();
                assertThat(Files.readString(sample)).isEqualTo(Files.readString(g));
            }
        }
    }
}
