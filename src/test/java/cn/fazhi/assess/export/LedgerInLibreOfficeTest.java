package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.followup.FollowUps;
import cn.fazhi.assess.followup.PreviousResults;
import cn.fazhi.assess.scoring.RuleHarness;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 整改台账 as a unit opens it in LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run; skipped where it
 * is missing): converted to PDF without complaint, on A4 landscape pages, with its Chinese text.
 */
class LedgerInLibreOfficeTest {
    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path dir;

    @Test
    void theLedgerOpensInLibreOfficeAndPrintsOnA4Landscape() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed");
        Path previous = Files.writeString(dir.resolve("last.json"), new JsonScorecardWriter().write(
                RuleHarness.PIPELINE.score(Path.of("samples/previous/下陆区-2022.yaml"), null)));
        Scorecard card = FollowUps.compare(PreviousResults.read(previous),
                RuleHarness.PIPELINE.score(Path.of("samples/reports/000_14537a11da58042f.txt"), null));
        Path ledger = dir.resolve("ledger.xlsx");
        try (OutputStream out = Files.newOutputStream(ledger)) {
            new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
        }

        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), ledger.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();

        assertThat(soffice.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("ledger.pdf").toFile())) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("landscape").isGreaterThan(first.getMediaBox().getHeight());
            assertThat(Math.round(first.getMediaBox().getWidth() / 72 * 25.4)).as("A4 long side, mm").isEqualTo(297);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("下陆区2023年度法治政府建设考评整改台账").contains("存在问题").contains("未整改（连续两年未整改）");
        }
    }
}
