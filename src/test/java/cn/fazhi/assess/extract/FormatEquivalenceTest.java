package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.scoring.RuleHarness;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A seed gives the same scorecard as .txt, .docx, a saved web page, GB18030, UTF-16 and traditional script. */
class FormatEquivalenceTest {
    private final ReportExtractor extractor = new ReportExtractor(RuleHarness.CHECKLIST);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000_14537a11da58042f", "001_59c7d4ea9493623a", "002_238fb2faf3536844",
            "003_28a7165d80eeb6b4", "004_cbfee4c587ea90df"})
    void everyFormatGivesTheSameScorecard(String seed) throws IOException {
        Path txt = Path.of("samples/reports", seed + ".txt");
        String text = Files.readString(txt);
        List<String> expected = verdicts(score(txt));

        assertThat(verdicts(score(write(seed + ".gb.txt", text.getBytes(TextEncodings.GB18030))))).as("GB18030").isEqualTo(expected);
        assertThat(verdicts(score(write(seed + ".u16.txt", TextEncodings.utf16leWithBom(text))))).as("UTF-16").isEqualTo(expected);
        assertThat(verdicts(score(write(seed + ".bom.txt", TextEncodings.utf8WithBom(text))))).as("UTF-8 BOM").isEqualTo(expected);
        assertThat(verdicts(score(write(seed + ".docx", ReportVariants.docx(text))))).as("docx").isEqualTo(expected);
        assertThat(verdicts(score(write(seed + ".html", ReportVariants.html(text, seed))))).as("html").isEqualTo(expected);
        String traditional = ZhConverterUtil.toTraditional(text);
        assertThat(verdicts(score(write(seed + ".zht.txt", traditional.getBytes(StandardCharsets.UTF_8)))))
                .as("traditional script").isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_14537a11da58042f", "004_cbfee4c587ea90df"})
    void aTextPdfGivesTheSameScorecard(String seed) throws IOException {
        Optional<Path> font = ReportVariants.cjkFont();
        assumeTrue(font.isPresent(), "no CJK font to write a test PDF with (Debian: fonts-wqy-microhei)");
        Path txt = Path.of("samples/reports", seed + ".txt");

        Scorecard pdf = score(write(seed + ".pdf", ReportVariants.pdf(Files.readString(txt), font.get())));

        assertThat(verdicts(pdf)).isEqualTo(verdicts(score(txt)));
    }

    private Scorecard score(Path file) {
        return RuleHarness.ENGINE.score(extractor.extract(file).toReportFacts());
    }

    /** What an evaluator compares: unit, level, year, total, and each criterion's status and points. */
    private static List<String> verdicts(Scorecard card) {
        List<String> v = new java.util.ArrayList<>(List.of(
                cn.fazhi.assess.read.Normalizer.normalize(String.valueOf(card.unit())), card.level(),
                String.valueOf(card.year()), String.valueOf(card.total())));
        for (Finding f : card.findings()) {
            v.add(f.criterion() + " " + f.status() + " " + f.points());
        }
        return v;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
