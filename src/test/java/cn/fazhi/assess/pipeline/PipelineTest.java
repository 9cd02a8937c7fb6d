package cn.fazhi.assess.pipeline;

import cn.fazhi.assess.domain.Correction;
import cn.fazhi.assess.domain.Decision;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.domain.ReportFacts;
import cn.fazhi.assess.domain.Review;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.extract.Extraction;
import cn.fazhi.assess.extract.FactsCodec;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way from an input to a scorecard: files, uploads and stored facts give the same result. */
class PipelineTest {
    private static final Pipeline PIPELINE = RuleHarness.PIPELINE;
    private static final Path XIALU = Path.of("samples/reports/000_14537a11da58042f.txt");

    @Test
    void anUploadIsScoredAsTheSameFileFromDisk() throws IOException {
        Scorecard fromDisk = PIPELINE.score(XIALU, null);
        Pipeline.Upload upload = PIPELINE.read(XIALU.getFileName().toString(), Files.readAllBytes(XIALU));

        assertThat(PIPELINE.score(upload.facts())).isEqualTo(fromDisk);
    }

    @Test
    void storedFactsComeBackAsTheyWereExtracted() throws IOException {
        FactsCodec codec = new FactsCodec(PIPELINE.checklist());
        List<Path> reports;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("samples/reports")),
                Files.list(Path.of("src/test/resources/corpus")).filter(p -> p.toString().endsWith(".txt")))) {
            reports = files.sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThan(60);
        for (Path report : reports) {
            Extraction extraction = PIPELINE.extract(report);
            ReportFacts decoded = codec.decode(codec.encode(extraction), report.getFileName().toString());

            assertThat(decoded.facts()).as(report.toString()).isEqualTo(extraction.toReportFacts().facts());
            assertThat(List.of(decoded.unit(), decoded.level(), String.valueOf(decoded.year()))).as(report.toString())
                    .isEqualTo(List.of(String.valueOf(extraction.unit()), String.valueOf(extraction.level()), String.valueOf(extraction.year())));
        }
    }

    @Test
    void storedFactsOfAnUnnamedUnitStayUnnamed() {
        FactsCodec codec = new FactsCodec(PIPELINE.checklist());

        ReportFacts decoded = codec.decode("{\"report\": \"xss.html\", \"meta\": {\"unit\": null, \"level\": \"county\"}}", "xss.html");

        assertThat(decoded.unit()).as("the page says （未识别单位名称）, not the file's name").isNull();
        assertThat(decoded.source()).isEqualTo("xss.html");
    }

    @Test
    void aReviewCorrectsFactsKeepingTheirQuoteAndDecidesManualCriteria() {
        ReportFacts facts = PIPELINE.load(XIALU);
        String manual = PIPELINE.score(facts).findings().stream().filter(f -> f.status() == Status.MANUAL)
                .findFirst().orElseThrow().criterion();
        String quote = facts.facts().get("dispute.court_appearance_rate") == null ? ""
                : facts.facts().get("dispute.court_appearance_rate").quote();
        Review review = new Review(List.of(new Correction("dispute.court_appearance_rate", IndicatorType.RATE, 98.0, "核对了判决书", "2026-11-30 10:00:00")),
                List.of(new Decision(manual, Status.MET, 0, "核查了材料")), List.of());

        Scorecard card = PIPELINE.score(facts, review);

        assertThat(review.applyTo(facts).facts().get("dispute.court_appearance_rate").quote()).isEqualTo(quote);
        assertThat(card.findings().stream().filter(f -> f.criterion().equals("G1")).findFirst().orElseThrow().status())
                .isEqualTo(Status.PARTIAL);
        assertThat(card.findings().stream().filter(f -> f.criterion().equals(manual)).findFirst().orElseThrow().status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aReportCutShortInItsLastCharacterIsScoredWithAWarning() throws IOException {
        byte[] whole = (Files.readString(XIALU).strip() + "完").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        Scorecard card = PIPELINE.score(PIPELINE.read("xialu.txt", cut).facts());

        assertThat(card.unit()).isEqualTo("下陆区");
        assertThat(card.total()).isEqualTo(PIPELINE.score(XIALU, null).total());
        assertThat(card.warnings()).contains("xialu.txt：文件末尾有一个不完整的字符，已忽略（文件可能未下载或复制完整）");
        assertThat(new MarkdownScorecardWriter().write(card)).contains("## 读取提示").contains("文件末尾有一个不完整的字符");
    }

    @Test
    void aDocumentThatIsNoRuleOfLawReportIsRefused() {
        byte[] bytes = "今年春季植树造林工作总结。全镇共植树三千株。".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PIPELINE.read("植树.txt", bytes).facts()).isInstanceOf(InputFailure.class)
                .satisfies(e -> assertThat(((InputFailure) e).reason()).isEqualTo(Reason.NOT_A_RULE_OF_LAW_REPORT));
        assertThatThrownBy(() -> PIPELINE.read("空.txt", new byte[0])).isInstanceOf(InputFailure.class)
                .satisfies(e -> assertThat(((InputFailure) e).reason()).isEqualTo(Reason.EMPTY_FILE));
    }
}
