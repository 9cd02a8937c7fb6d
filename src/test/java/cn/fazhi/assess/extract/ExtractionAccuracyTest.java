package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
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
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction against the human reading of the five seed reports: micro precision and recall over the
 * core vocabulary's facts (rates within 0.05, counts exact, flags true; uncertain: entries ignored),
 * meta right for all five, every quote verbatim in the report. Prints the per-report table.
 */
class ExtractionAccuracyTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SEEDS = List.of("000_14537a11da58042f", "001_59c7d4ea9493623a",
            "002_238fb2faf3536844", "003_28a7165d80eeb6b4", "004_cbfee4c587ea90df");

    record Row(String seed, String unit, int tp, int fp, int fn, boolean meta, List<String> misses) {
    }

    @Test
    void seedsAreExtractedAsTheGoldReadsThem() throws IOException {
        Set<String> vocabulary = vocabulary();
        ReportExtractor extractor = new ReportExtractor(RuleHarness.CHECKLIST);
        List<Row> rows = new ArrayList<>();
        for (String seed : SEEDS) {
            Path report = Path.of("samples/reports", seed + ".txt");
            JsonNode gold = YAML.readTree(Path.of("samples/facts", seed + ".yaml").toFile());
            Extraction extraction = extractor.extract(report);
            rows.add(compare(seed, gold, extraction, vocabulary));
            assertQuotesAreVerbatim(report, extraction);
        }
        int tp = rows.stream().mapToInt(Row::tp).sum();
        int fp = rows.stream().mapToInt(Row::fp).sum();
        int fn = rows.stream().mapToInt(Row::fn).sum();
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.println(table(rows, precision, recall));

        assertThat(rows).allSatisfy(r -> assertThat(r.meta()).as("unit, level and year of %s", r.seed()).isTrue());
        assertThat(precision).as("micro precision; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.97);
        assertThat(recall).as("micro recall; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.95);
    }

    private static Row compare(String seed, JsonNode gold, Extraction extraction, Set<String> vocabulary) {
        JsonNode facts = gold.get("facts");
        JsonNode uncertain = gold.path("uncertain");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> g = it.next();
            ExtractedFact found = extraction.facts().get(g.getKey());
            if (found != null && same(found.fact().value(), g.getValue().get("value"))) {
                tp++;
            } else {
                fn++;
                fp += found == null ? 0 : 1;
                misses.add(seed + " " + g.getKey() + " want " + g.getValue().get("value") + " got "
                        + (found == null ? "nothing" : found.fact().value() + " 「" + found.fact().quote() + "」"));
            }
        }
        for (String key : extraction.facts().keySet()) {
            if (vocabulary.contains(key) && !facts.has(key) && !uncertain.has(key)) {
                fp++;
                misses.add(seed + " " + key + " not in gold, got 「" + extraction.facts().get(key).fact().quote() + "」");
            }
        }
        JsonNode meta = gold.get("meta");
        boolean metaRight = meta.get("unit").asText().equals(extraction.unit())
                && meta.get("level").asText().equals(extraction.level())
                && meta.get("year").asInt() == (extraction.year() == null ? -1 : extraction.year());
        return new Row(seed, meta.get("unit").asText(), tp, fp, fn, metaRight, misses);
    }

    private static boolean same(Object value, JsonNode gold) {
        if (value instanceof Boolean b) {
            return gold.isBoolean() && b == gold.booleanValue();
        }
        return value instanceof Number n && gold.isNumber() && Math.abs(n.doubleValue() - gold.doubleValue()) <= 0.05;
    }

    private static void assertQuotesAreVerbatim(Path report, Extraction extraction) {
        ReportText text = new ReportReader().read(report);
        assertThat(extraction.facts().values()).allSatisfy(f ->
                assertThat(text.original()).as("quote of %s", f.fact().key()).contains(f.fact().quote()));
        assertThat(text.original()).contains(extraction.unit());
    }

    static String table(List<Row> rows, double precision, double recall) {
        StringBuilder sb = new StringBuilder("| seed | unit | gold facts found | wrong or extra | missed | unit, level, year |\n"
                + "|---|---|---:|---:|---:|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.seed()).append(" | ").append(r.unit()).append(" | ").append(r.tp()).append(" | ")
                    .append(r.fp()).append(" | ").append(r.fn()).append(" | ").append(r.meta() ? "right" : "WRONG").append(" |\n");
        }
        return sb.append(String.format("%nmicro precision %.3f, recall %.3f%n", precision, recall)).toString();
    }

    private static List<String> misses(List<Row> rows) {
        return rows.stream().flatMap(r -> r.misses().stream()).toList();
    }

    private static Set<String> vocabulary() throws IOException {
        JsonNode facts = YAML.readTree(Path.of("src/test/resources/vocabulary.yaml").toFile()).get("facts");
        Set<String> keys = new TreeSet<>();
        facts.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(Files.exists(Path.of("samples/reports"))).isTrue();
        return keys;
    }
}
