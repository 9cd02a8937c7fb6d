package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.extract.ReportExtractor;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refactoring must not change what users get: every sample (report and facts file) as Markdown, HTML and JSON,
 * and 3,000 synthetic reports as JSON scorecards and 整改台账 workbooks, digested and compared with the digests
 * recorded in src/test/resources/golden/outputs.txt. A workbook is compared entry by entry except
 * docProps/core.xml, which holds its creation time.
 *
 * <p>The names of the rules that decide a criterion and of its method are left out of the comparison for the four
 * criteria that had rules of their own (A6, A7, G1, G5, now decided by generic methods); every other criterion's
 * rule and method are compared. When an output is meant to change, rewrite the file with
 * {@code mvn -B test -Dtest=OutputsUnchangedTest -Dgolden.write=true} and say why in the commit.
 */
class OutputsUnchangedTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/outputs.txt");
    private static final int SYNTHETIC = 3000;
    private static final Set<String> ONCE_CUSTOM = Set.of("A6", "A7", "G1", "G5");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesAndSyntheticReportsGiveTheRecordedOutputs(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        Pipeline inputs = RuleHarness.PIPELINE;
        List<Path> samples = new ArrayList<>();
        samples.addAll(list(Path.of("samples/reports")));
        samples.addAll(list(Path.of("samples/facts")));
        for (Path sample : samples) {
            Scorecard card = RuleHarness.ENGINE.score(inputs.load(sample));
            lines.add(sample + " md " + digest(withoutRuleLines(new MarkdownScorecardWriter().write(card))));
            lines.add(sample + " html " + digest(withoutRuleLines(new HtmlScorecardWriter().write(card))));
            lines.add(sample + " json " + digest(canonicalJson(new JsonScorecardWriter().write(card))));
            lines.add(sample + " xlsx " + workbookDigest(card));
        }
        for (Path report : synthetic(dir)) {
            Scorecard card = RuleHarness.ENGINE.score(inputs.load(report));
            lines.add(report.getFileName() + " " + digest(canonicalJson(new JsonScorecardWriter().write(card)))
                    + " " + workbookDigest(card));
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(expected.size());
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(expected.get(i))) {
                differ.add(lines.get(i) + " (recorded: " + expected.get(i) + ")");
            }
        }
        assertThat(differ).as("outputs that changed").isEmpty();
    }

    private static List<Path> synthetic(Path dir) throws IOException {
        List<SyntheticReports.Seed> seeds = new ArrayList<>();
        ReportExtractor extractor = new ReportExtractor(RuleHarness.CHECKLIST);
        for (Path seed : list(Path.of("samples/reports"))) {
            seeds.add(new SyntheticReports.Seed(Files.readString(seed), extractor.extract(seed).unit()));
        }
        return SyntheticReports.write(seeds, SYNTHETIC, dir, 42);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static String withoutRuleLines(String text) {
        return text.replaceAll("(?m)^.*判定规则.*$", "");
    }

    private static String canonicalJson(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        for (JsonNode f : root.path("findings")) {
            if (ONCE_CUSTOM.contains(f.path("criterion").asText())) {
                ((ObjectNode) f).remove(List.of("rule", "method"));
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static String workbookDigest(Scorecard card) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), bytes);
        MessageDigest md = sha256();
        // POI streams its entries with data descriptors, which ZipInputStream refuses; commons-compress reads them
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes.toByteArray()),
                "UTF-8", true, true)) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("docProps/core.xml")) {
                    md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                    md.update(zip.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
