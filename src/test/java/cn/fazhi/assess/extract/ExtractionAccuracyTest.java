package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static cn.fazhi.assess.extract.GoldComparison.metaAccuracy;
import static cn.fazhi.assess.extract.GoldComparison.misses;
import static cn.fazhi.assess.extract.GoldComparison.precision;
import static cn.fazhi.assess.extract.GoldComparison.recall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction against careful human readings: the five seed reports (samples/facts) and the development
 * corpus of other real reports (src/test/resources/corpus, read by people, not labelled from the
 * program's output). Prints the per-report and per-level tables that docs/extraction.md records.
 */
class ExtractionAccuracyTest {
    private static final List<String> SEEDS = List.of("000_14537a11da58042f", "001_59c7d4ea9493623a",
            "002_238fb2faf3536844", "003_28a7165d80eeb6b4", "004_cbfee4c587ea90df");
    // -Dcorpus.dir=DIR measures a folder of other readings (a held-out set) the same way
    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "src/test/resources/corpus"));
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleHarness.CHECKLIST);

    @Test
    void seedsAreExtractedAsTheGoldReadsThem() {
        List<GoldComparison.Row> rows = new ArrayList<>();
        for (String seed : SEEDS) {
            rows.add(compare(Path.of("samples/reports", seed + ".txt"), Path.of("samples/facts", seed + ".yaml")));
        }
        System.out.println(reportTable(rows));

        assertThat(rows).allSatisfy(r -> assertThat(r.metaRight()).as("unit, level and year of %s", r.report()).isTrue());
        assertThat(precision(rows)).as("micro precision; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.97);
        assertThat(recall(rows)).as("micro recall; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void corpusOfOtherReportsIsReadAsCarefulReadersReadIt() throws IOException {
        List<GoldComparison.Row> rows = rows(CORPUS, false);
        System.out.println(reportTable(rows));
        System.out.println(levelTable(rows));
        System.out.println(String.join("\n", misses(rows)));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(System.getProperty("corpus.dir") == null ? 60 : 1);
        assertThat(precision(rows)).as("micro precision; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.97);
        assertThat(recall(rows)).as("micro recall; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.90);
        assertThat(rows.stream().filter(GoldComparison.Row::unitRight).count() / (double) rows.size())
                .as("unit right; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.95);
        assertThat(rows.stream().filter(GoldComparison.Row::levelRight).count() / (double) rows.size())
                .as("level right; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.95);
        assertThat(rows.stream().filter(GoldComparison.Row::yearRight).count() / (double) rows.size())
                .as("year right; misses: %s", misses(rows)).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * A user's file may be called 附件1.docx: with every file name hidden, the unit, level and year come from the
     * text alone. The corpus' readers sometimes took a unit the text never names from the page's address, so the
     * corpus' floor is lower; corpus-meta/ holds 167 other real openings read for unit, level and year only, each
     * named in its text (held-out sets 11–15's meta readings, sessions 10 and 11).
     */
    @Test
    void withEveryFileNameHiddenTheTextAloneNamesTheUnit() throws IOException {
        List<GoldComparison.Row> corpus = rows(CORPUS, true);
        List<GoldComparison.Row> metaOnly = rows(Path.of(System.getProperty("corpus.meta.dir", "src/test/resources/corpus-meta")), true);
        System.out.printf("text alone: corpus unit %s, level %s, year %s; corpus-meta unit %s, level %s, year %s%n",
                share(corpus, GoldComparison.Row::unitRight), share(corpus, GoldComparison.Row::levelRight),
                share(corpus, GoldComparison.Row::yearRight), share(metaOnly, GoldComparison.Row::unitRight),
                share(metaOnly, GoldComparison.Row::levelRight), share(metaOnly, GoldComparison.Row::yearRight));
        System.out.println(String.join("\n", misses(corpus)));
        System.out.println(String.join("\n", misses(metaOnly)));

        assertThat(fraction(corpus, GoldComparison.Row::unitRight)).as("corpus unit right; misses: %s", misses(corpus))
                .isGreaterThanOrEqualTo(0.88);
        assertThat(fraction(corpus, GoldComparison.Row::levelRight)).isGreaterThanOrEqualTo(0.95);
        assertThat(fraction(metaOnly, GoldComparison.Row::unitRight)).as("unit right; misses: %s", misses(metaOnly))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(fraction(metaOnly, GoldComparison.Row::levelRight)).isGreaterThanOrEqualTo(0.95);
        assertThat(fraction(metaOnly, GoldComparison.Row::yearRight)).isGreaterThanOrEqualTo(0.95);
    }

    private static List<GoldComparison.Row> rows(Path folder, boolean hideFileName) throws IOException {
        List<GoldComparison.Row> rows = new ArrayList<>();
        try (Stream<Path> golds = Files.list(folder.resolve("gold"))) {
            for (Path gold : golds.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = gold.getFileName().toString().replaceFirst("\\.yaml$", ".txt");
                rows.add(compare(folder.resolve(name), gold, hideFileName));
            }
        }
        return rows;
    }

    private static double fraction(List<GoldComparison.Row> rows, java.util.function.Predicate<GoldComparison.Row> right) {
        return rows.stream().filter(right).count() / (double) rows.size();
    }

    private static GoldComparison.Row compare(Path report, Path gold) {
        return compare(report, gold, false);
    }

    private static GoldComparison.Row compare(Path report, Path gold, boolean hideFileName) {
        JsonNode reading = GoldComparison.read(gold);
        ReportText text = new ReportReader().read(report);
        Extraction extraction = hideFileName ? EXTRACTOR.extract(text, "附件1.txt") : EXTRACTOR.extract(text);
        assertThat(extraction.facts().values()).allSatisfy(f ->
                assertThat(text.original()).as("quote of %s in %s", f.fact().key(), report).contains(f.fact().quote()));
        return GoldComparison.compare(report.getFileName().toString(), reading, extraction);
    }

    static String reportTable(List<GoldComparison.Row> rows) {
        StringBuilder sb = new StringBuilder("| report | unit | level | gold facts found | wrong or extra | missed | unit, level, year |\n"
                + "|---|---|---|---:|---:|---:|---|\n");
        for (GoldComparison.Row r : rows) {
            sb.append("| ").append(r.report()).append(" | ").append(r.unit()).append(" | ").append(r.level()).append(" | ")
                    .append(r.tp()).append(" | ").append(r.fp()).append(" | ").append(r.fn()).append(" | ")
                    .append(r.metaRight() ? "right" : "WRONG").append(" |\n");
        }
        return sb.append(String.format("%nmicro precision %.3f, recall %.3f (%d reports)%n",
                precision(rows), recall(rows), rows.size())).toString();
    }

    static String levelTable(List<GoldComparison.Row> rows) {
        Map<String, List<GoldComparison.Row>> byLevel = new TreeMap<>();
        rows.forEach(r -> byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r));
        byLevel.put("all", rows);
        StringBuilder sb = new StringBuilder("| level | reports | facts in the readings | precision | recall | unit right | level right | year right | all three right |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byLevel.forEach((level, rs) -> sb.append(String.format("| %s | %d | %d | %.3f | %.3f | %s | %s | %s | %.0f %% |%n",
                level, rs.size(), rs.stream().mapToInt(r -> r.tp() + r.fn()).sum(), precision(rs), recall(rs),
                share(rs, GoldComparison.Row::unitRight), share(rs, GoldComparison.Row::levelRight),
                share(rs, GoldComparison.Row::yearRight), 100 * metaAccuracy(rs))));
        return sb.toString();
    }

    private static String share(List<GoldComparison.Row> rows, java.util.function.Predicate<GoldComparison.Row> right) {
        return rows.stream().filter(right).count() + "/" + rows.size();
    }
}
