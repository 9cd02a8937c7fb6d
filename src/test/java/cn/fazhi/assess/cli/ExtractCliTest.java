package cn.fazhi.assess.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.fazhi.assess.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The extract → correct → score loop as a user runs it. */
class ExtractCliTest {
    private static final String XIALU = "samples/reports/000_14537a11da58042f.txt";

    @TempDir
    Path dir;

    @Test
    void extractPrintsAnEditableFactsFile() {
        CliTest.Run r = run("extract", XIALU);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("report: 000_14537a11da58042f.txt\nmeta:\n  unit: 下陆区\n  level: county\n  year: 2023\n")
                .contains("  dispute.court_appearance_rate:\n    value: 100\n    quote: 出庭应诉率达到100%\n    section: achievements\n");
        assertThat(r.out().indexOf("report.achievements")).as("the checklist's order").isLessThan(r.out().indexOf("leadership."));
    }

    @Test
    void extractAsJson() {
        CliTest.Run r = run("extract", "--format", "json", XIALU);

        assertThat(r.out()).startsWith("{").contains("\"unit\" : \"下陆区\"");
    }

    @Test
    void scoringTheReportEqualsScoringItsExtractedFacts() throws IOException {
        Path facts = dir.resolve("xialu.yaml");
        assertThat(run("extract", XIALU, "-o", facts.toString()).exit()).isZero();

        String direct = run("score", "--format", "json", XIALU).out();
        String viaFile = run("score", "--format", "json", facts.toString()).out();

        assertThat(viaFile).isEqualTo(direct);
    }

    @Test
    void aCorrectedFactChangesTheScore() throws IOException {
        Path facts = dir.resolve("xialu.yaml");
        run("extract", XIALU, "-o", facts.toString());
        String corrected = Files.readString(facts).replace("    value: 100\n    quote: 出庭应诉率达到100%",
                "    value: 95\n    quote: 出庭应诉率达到100%");
        assertThat(corrected).isNotEqualTo(Files.readString(facts));
        Files.writeString(facts, corrected);

        CliTest.Run r = run("score", facts.toString());

        assertThat(r.out()).contains("G1 行政机关负责人出庭应诉率达到100%（失4分，未达标）")
                .contains("行政机关负责人出庭应诉率为95%，未达到100%");
    }

    @Test
    void aBadReportIsReportedAndTheOthersScored() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        CliTest.Run r = run("score", "--lang", "en", "--format", "json", empty.toString(), XIALU);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + empty + ": the file is empty");
        assertThat(r.out()).contains("\"unit\" : \"下陆区\"");
    }

    @Test
    void extractOfAMissingFileIsExit1() {
        CliTest.Run r = run("extract", dir.resolve("none.docx").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("none.docx：文件不存在");
    }
}
