package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.pipeline.Pipeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program's status on every criterion of every seed report against the verdict a careful evaluator
 * gives (src/test/resources/verdicts, copied from the steering repo's hand-made verdicts): on the verdicts
 * without doubt it must agree on at least 97 % and never credit more than the evaluator does. Prints every
 * disagreement, doubtful ones too.
 */
class VerdictAgreementTest {
    private static final Path VERDICTS = Path.of("src/test/resources/verdicts");
    private static final Pipeline INPUTS = RuleHarness.PIPELINE;

    record Disagreement(String report, String criterion, Status evaluator, Status program, boolean doubt, String why) {
        boolean overCredit() {
            return credit(program) > credit(evaluator);
        }

        @Override
        public String toString() {
            return String.format("%s %s: evaluator %s, program %s%s — %s", report, criterion, evaluator, program,
                    doubt ? " (doubt)" : "", why);
        }
    }

    @Test
    void programGivesTheEvaluatorsVerdicts() throws IOException {
        List<Disagreement> disagreements = new ArrayList<>();
        int firm = 0;
        int firmAgreed = 0;
        try (Stream<Path> files = Files.list(VERDICTS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode reading = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
                Scorecard card = RuleHarness.ENGINE.score(INPUTS.load(Path.of("samples/reports", reading.get("report").asText())));
                for (Iterator<Map.Entry<String, JsonNode>> it = reading.get("verdicts").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> v = it.next();
                    Status evaluator = Status.valueOf(v.getValue().get("status").asText());
                    boolean doubt = v.getValue().path("doubt").asBoolean(false);
                    Status program = finding(card, v.getKey()).status();
                    firm += doubt ? 0 : 1;
                    firmAgreed += !doubt && program == evaluator ? 1 : 0;
                    if (program != evaluator) {
                        disagreements.add(new Disagreement(reading.get("unit").asText(), v.getKey(), evaluator, program,
                                doubt, v.getValue().path("why").asText()));
                    }
                }
            }
        }
        double agreement = firmAgreed / (double) firm;
        System.out.printf("verdicts without doubt: %d of %d agree (%.1f %%)%n", firmAgreed, firm, 100 * agreement);
        disagreements.forEach(System.out::println);

        List<Disagreement> firmOnes = disagreements.stream().filter(d -> !d.doubt()).toList();
        assertThat(firm).isGreaterThan(150);
        assertThat(agreement).as("agreement; disagreements: %s", firmOnes).isGreaterThanOrEqualTo(0.97);
        assertThat(firmOnes.stream().filter(Disagreement::overCredit)).as("credited higher than the evaluator").isEmpty();
    }

    private static Finding finding(Scorecard card, String criterion) {
        return card.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + criterion));
    }

    /** How much a status credits the unit; 不适用 and 需人工核查 credit nothing the evaluator could contest. */
    private static int credit(Status status) {
        return switch (status) {
            case MET -> 3;
            case PARTIAL -> 2;
            case NOT_MET, NOT_REPORTED -> 1;
            case NOT_APPLICABLE, MANUAL -> 0;
        };
    }
}
