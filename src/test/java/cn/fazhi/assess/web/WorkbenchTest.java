package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.ReviewEntry;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.MarkdownScorecardWriter;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import cn.fazhi.assess.scoring.RuleHarness;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbenchTest {
    static final Path XIALU = Path.of("samples/reports/000_14537a11da58042f.txt");
    static final Path ZHONGKAI = Path.of("samples/reports/001_59c7d4ea9493623a.txt");

    @TempDir
    Path dir;
    Database db;
    Workbench bench;
    long assessment;

    @BeforeEach
    void open() throws IOException {
        db = Database.h2(dir.resolve("data"));
        bench = workbench(db);
        assessment = bench.createAssessment("2023年度考评", 2023, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Workbench workbench(Database db) {
        return new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
    }

    @Test
    void anUploadedReportIsScoredAsTheCommandLineScoresIt() throws IOException {
        Workbench.Upload up = bench.upload(assessment, "000_14537a11da58042f.txt", Files.readAllBytes(XIALU));

        assertThat(up.error()).isNull();
        assertThat(up.unit()).isEqualTo("下陆区");
        Scorecard cli = RuleHarness.PIPELINE.score(RuleHarness.PIPELINE.load(XIALU));
        assertThat(up.total()).isEqualTo(cli.total());
        assertThat(bench.scorecard(up.reportId()).findings()).extracting(Finding::status)
                .containsExactlyElementsOf(cli.findings().stream().map(Finding::status).toList());
    }

    @Test
    void correctingAFactRescoresAndIsOnRecordInEveryExport() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        double before = bench.scorecard(id).total();
        assertThat(bench.facts(id).facts().get("dispute.court_appearance_rate").value()).isEqualTo(100.0);

        Scorecard after = bench.correctFact(id, "dispute.court_appearance_rate", "60%", "原文系分管负责人出庭，非主要负责人");

        assertThat(after.total()).isLessThan(before);
        assertThat(bench.facts(id).facts().get("dispute.court_appearance_rate").value()).isEqualTo(60.0);
        assertThat(after.review()).singleElement().satisfies(a -> {
            assertThat(a.before()).isEqualTo("100");
            assertThat(a.after()).isEqualTo("60");
            assertThat(a.reason()).isEqualTo("原文系分管负责人出庭，非主要负责人");
            assertThat(a.target()).isEqualTo("行政机关负责人出庭应诉率"); // the evaluator reads names, not keys
        });
        assertThat(new JsonScorecardWriter().write(after)).contains("\"review\"").contains("原文系分管负责人出庭");
        assertThat(new HtmlScorecardWriter().write(after)).contains("人工更正与核定记录").contains("原文系分管负责人出庭");
        assertThat(new MarkdownScorecardWriter().write(after)).contains("## 人工更正与核定记录").contains("| 更正事实 |");
        assertThat(sheet(after, "更正记录").getRow(1).getCell(4).getStringCellValue()).isEqualTo("原文系分管负责人出庭，非主要负责人");
        assertThat(bench.store().report(id).orElseThrow().total()).isEqualTo(after.total());
    }

    @Test
    void aCorrectedFactIsShownAsTheEvaluatorsWithTheReportsWordsStruckThrough() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        String quote = bench.facts(id).facts().get("dispute.court_appearance_rate").quote();

        Scorecard after = bench.correctFact(id, "dispute.court_appearance_rate", "60", "原文系分管负责人出庭");
        Finding g1 = after.findings().stream().filter(f -> f.criterion().equals("G1")).findFirst().orElseThrow();

        assertThat(g1.gap()).contains("60%");
        assertThat(g1.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEmpty();
            assertThat(e.corrected().reason()).isEqualTo("原文系分管负责人出庭");
            assertThat(e.corrected().originalQuote()).isEqualTo(quote);
        });
        assertThat(new JsonScorecardWriter().write(after)).contains("\"corrected\"").contains("\"original_quote\"");
        assertThat(new HtmlScorecardWriter().write(after)).contains("<ins title=\"dispute.court_appearance_rate\">评估人员更正为60（理由：原文系分管负责人出庭")
                .contains("<del title=\"报告原文，已由评估人员更正\">" + HtmlScorecardWriter.esc(quote) + "</del>");
        assertThat(new MarkdownScorecardWriter().write(after)).contains("评估人员更正为60（理由：原文系分管负责人出庭");
        Sheet list = sheet(after, "整改台账");
        int item = XlsxLedgerWriter.COLUMNS.indexOf("评分项");
        int source = XlsxLedgerWriter.COLUMNS.indexOf("报告原文");
        String g1Evidence = null;
        for (int r = 3; r <= list.getLastRowNum(); r++) {
            if (list.getRow(r).getCell(item).getStringCellValue().startsWith("G1 ")) {
                g1Evidence = list.getRow(r).getCell(source).getStringCellValue();
            }
        }
        assertThat(g1Evidence).startsWith("评估人员更正为60").contains("不再作为依据");
    }

    @Test
    void aDecidedItemSaysSoEvenWhenMet() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        String manual = bench.scorecard(id).findings().stream().filter(f -> f.status() == Status.MANUAL)
                .findFirst().orElseThrow().criterion();

        Scorecard after = bench.decide(id, manual, Status.MET, null, "查阅了台账");

        assertThat(after.findings().stream().filter(f -> f.criterion().equals(manual)).findFirst().orElseThrow().gap())
                .isEqualTo("人工核定为达标：查阅了台账");
    }

    @Test
    void aFactTakenBackCountsAsNotStated() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        Scorecard after = bench.correctFact(id, "dispute.court_appearance_rate", null, "该数字是全市的，不是本区的");

        assertThat(bench.facts(id).facts()).doesNotContainKey("dispute.court_appearance_rate");
        assertThat(after.review().get(0).after()).isEqualTo("未提及");
    }

    @Test
    void aWrongValueIsRefusedInChineseAndNothingIsStored() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();

        assertThatThrownBy(() -> bench.correctFact(id, "dispute.court_appearance_rate", "120", "理由"))
                .isInstanceOf(Workbench.UserError.class).hasMessageContaining("0到100");
        assertThatThrownBy(() -> bench.correctFact(id, "dispute.court_appearance_rate", "很多", "理由"))
                .hasMessageContaining("不是数字");
        assertThatThrownBy(() -> bench.correctFact(id, "dispute.court_appearance_rate", "90", " "))
                .hasMessageContaining("请填写理由");
        assertThat(bench.store().changes(id)).isEmpty();
    }

    @Test
    void anEvaluatorDecidesAManualCheckItem() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        Scorecard before = bench.scorecard(id);
        Finding manual = before.findings().stream().filter(f -> f.status() == Status.MANUAL && f.max() > 0).findFirst().orElseThrow();

        Scorecard after = bench.decide(id, manual.criterion(), Status.MET, null, "已查阅政府网站，4月1日前公开");

        Finding decided = after.findings().stream().filter(f -> f.criterion().equals(manual.criterion())).findFirst().orElseThrow();
        assertThat(decided.status()).isEqualTo(Status.MET);
        assertThat(decided.points()).isEqualTo(manual.max());
        assertThat(after.maxPoints()).isEqualTo(before.maxPoints() + manual.max());
        assertThat(after.manualPoints()).isEqualTo(before.manualPoints() - manual.max());
        assertThat(after.total()).isGreaterThan(before.total());
        assertThat(after.review().get(0).before()).isEqualTo("需人工核查");
    }

    @Test
    void onlyManualCheckItemsCanBeDecidedByHand() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        Finding ruled = bench.scorecard(id).findings().stream().filter(f -> f.status() == Status.NOT_REPORTED).findFirst().orElseThrow();

        assertThatThrownBy(() -> bench.decide(id, ruled.criterion(), Status.MET, null, "理由"))
                .isInstanceOf(Workbench.UserError.class).hasMessageContaining("由规则判定");
    }

    @Test
    void everythingIsThereAfterARestart() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        Scorecard corrected = bench.correctFact(id, "dispute.court_appearance_rate", "80", "核对原文");
        db.close();

        db = Database.h2(dir.resolve("data"));
        Workbench again = workbench(db);

        assertThat(again.store().assessments()).singleElement().satisfies(a -> assertThat(a.reports()).isEqualTo(1));
        assertThat(again.scorecard(id).total()).isEqualTo(corrected.total());
        assertThat(again.scorecard(id).review()).hasSize(1);
        assertThat(again.store().original(id)).isEqualTo(Files.readAllBytes(XIALU));
    }

    @Test
    void badUploadsAreToldApartAndTheRestOfTheBatchIsScored() throws IOException {
        assertThatThrownBy(() -> bench.upload(assessment, "setup.exe", new byte[]{1, 2, 3}))
                .isInstanceOf(Workbench.UserError.class).hasMessageContaining("不支持的文件类型");
        Workbench.Upload corrupt = bench.upload(assessment, "坏文件.docx", "PK\u0003\u0004not a zip".getBytes(StandardCharsets.ISO_8859_1));
        Workbench.Upload empty = bench.upload(assessment, "空.txt", new byte[0]);
        Workbench.Upload other = bench.upload(assessment, "通知.txt", "关于召开春季运动会的通知\n各单位：定于四月举行。".getBytes(StandardCharsets.UTF_8));
        bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU));

        assertThat(corrupt.error()).isNotBlank();
        assertThat(empty.error()).isEqualTo("文件为空");
        assertThat(other.error()).contains("不是法治政府建设年度报告");
        Ranking ranking = bench.ranking(assessment);
        assertThat(ranking.units()).hasSize(1);
        assertThat(ranking.failures()).extracting(f -> f.source()).containsExactlyInAnyOrder("坏文件.docx", "空.txt", "通知.txt");
        assertThat(ranking.failures()).as("the words stored with the upload, as they are")
                .extracting(f -> f.text(Messages.EN)).contains("文件为空", "压缩包，不是Word（.docx）文件");
    }

    @Test
    void anUploadsFolderPartNeverReachesTheName() {
        assertThat(Workbench.displayName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(Workbench.displayName("C:\\Users\\a\\报告.docx")).isEqualTo("报告.docx");
        assertThat(Workbench.displayName("")).isEqualTo("未命名文件");
    }

    @Test
    void concurrentUploadsIntoOneAssessmentLoseNothing() throws Exception {
        byte[] a = Files.readAllBytes(XIALU);
        byte[] b = Files.readAllBytes(ZHONGKAI);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Workbench.Upload>> ups = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                ups.add(pool.submit(() -> bench.upload(assessment, "r" + n + ".txt", n % 2 == 0 ? a : b)));
            }
            for (Future<Workbench.Upload> f : ups) {
                assertThat(f.get().error()).isNull();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(bench.store().reports(assessment)).hasSize(24);
        assertThat(bench.ranking(assessment).units()).hasSize(24);
        assertThat(bench.ranking(assessment).notes()).hasSize(2);
    }

    @Test
    void twentyConcurrentChangesToOneUnitAllCountAndTheirBeforeValuesChain() throws Exception {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        String manual = bench.scorecard(id).findings().stream().filter(f -> f.status() == Status.MANUAL)
                .findFirst().orElseThrow().criterion();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Scorecard>> done = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                done.add(pool.submit(() -> n == 7
                        ? bench.decide(id, manual, Status.MET, null, "核查了材料")
                        : bench.correctFact(id, "dispute.litigation_cases", String.valueOf(n), "第" + n + "次更正")));
            }
            for (Future<Scorecard> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        List<ReviewEntry> review = bench.scorecard(id).review();
        assertThat(review).hasSize(20);
        assertThat(review.stream().filter(e -> e.kind() == ReviewEntry.Kind.DECISION)).hasSize(1);
        List<ReviewEntry> corrections = review.stream().filter(e -> e.kind() == ReviewEntry.Kind.CORRECTION).toList();
        for (int i = 1; i < corrections.size(); i++) {
            assertThat(corrections.get(i).before()).as("原值 of correction %d", i).isEqualTo(corrections.get(i - 1).after());
        }
        String last = corrections.get(corrections.size() - 1).after();
        assertThat(bench.facts(id).facts().get("dispute.litigation_cases").number()).isEqualTo(Double.parseDouble(last));
        assertThat(bench.store().report(id).orElseThrow().total()).isEqualTo(bench.scorecard(id).total());
    }

    @Test
    void aReportOfAnotherYearIsPointedOutInTheRanking() throws IOException {
        long later = bench.createAssessment("2025年度考评", 2025, null);
        bench.upload(later, "xialu.txt", Files.readAllBytes(XIALU));

        assertThat(bench.ranking(later).notes()).singleElement().asString()
                .contains("年度不符").contains("下陆区的报告是2023年度的").contains("本批次考评2025年度").contains("xialu.txt");
        assertThat(bench.ranking(assessment).notes()).noneMatch(n -> n.contains("年度不符"));
    }

    @Test
    void changingTheLevelWithABadFileInTheAssessmentWorks() throws IOException {
        bench.upload(assessment, "empty.txt", new byte[0]);
        bench.upload(assessment, "broken.docx", "PK\u0003\u0004 not a word file".getBytes(StandardCharsets.ISO_8859_1));
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();

        int scored = bench.setLevel(assessment, "township");

        assertThat(scored).isEqualTo(1);
        assertThat(bench.scorecard(id).profile()).isEqualTo("township");
        assertThat(bench.ranking(assessment).failures()).hasSize(2);
    }

    @Test
    void aDuplicateUploadOrABadFileCanBeRemovedAndRestored() throws IOException {
        long first = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();
        long again = bench.upload(assessment, "xialu-again.txt", Files.readAllBytes(XIALU)).reportId();
        long empty = bench.upload(assessment, "empty.txt", new byte[0]).reportId();
        assertThatThrownBy(() -> bench.remove(again, " ")).hasMessageContaining("请填写理由");

        bench.remove(again, "重复上传");
        bench.remove(empty, "空文件");

        assertThat(bench.ranking(assessment).units()).singleElement().satisfies(r -> assertThat(r.unit().source()).isEqualTo("xialu.txt"));
        assertThat(bench.ranking(assessment).failures()).isEmpty();
        assertThat(bench.ranking(assessment).notes()).isEmpty();
        assertThat(bench.removed(assessment)).extracting(Store.Report::removedReason).containsExactly("重复上传", "空文件");
        assertThat(bench.store().original(again)).isEqualTo(Files.readAllBytes(XIALU));

        bench.restore(again);

        assertThat(bench.ranking(assessment).units()).hasSize(2);
        assertThat(bench.removed(assessment)).extracting(Store.Report::id).containsExactly(empty);
        assertThat(bench.scorecard(first).total()).isEqualTo(bench.scorecard(again).total());
    }

    @Test
    void theAssessmentsLevelAppliesToReportsThatDoNotSayTheirs() throws IOException {
        long township = bench.createAssessment("乡镇考评", 2023, "township");
        long id = bench.upload(township, "xialu.txt", Files.readAllBytes(XIALU)).reportId();

        assertThat(bench.scorecard(id).profile()).isEqualTo("township");
        assertThatThrownBy(() -> bench.createAssessment(" ", null, null)).hasMessageContaining("名称不能为空");
        assertThatThrownBy(() -> bench.createAssessment("x", null, "galaxy")).hasMessageContaining("无法识别");
    }

    @Test
    void aReportWhoseLevelIsNotSaidIsScoredOnceTheAssessmentSetsIt() throws IOException {
        String text = Files.readString(XIALU).replace("下陆区", "下陆").replace("全区", "全域").replace("区委", "党委").replace("区政府", "政府").replace("我区", "我们");
        Workbench.Upload up = bench.upload(assessment, "无层级.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(up.error()).contains("无法确定单位层级");
        assertThat(bench.ranking(assessment).units()).isEmpty();

        int scored = bench.setLevel(assessment, "county");

        assertThat(scored).isEqualTo(1);
        assertThat(bench.store().report(up.reportId()).orElseThrow().error()).isNull();
        assertThat(bench.scorecard(up.reportId()).profile()).isEqualTo("county");
        assertThat(bench.ranking(assessment).failures()).isEmpty();
        assertThat(bench.setLevel(assessment, null)).isZero();
        assertThat(bench.ranking(assessment).failures()).singleElement().satisfies(f -> assertThat(f.text(Messages.ZH)).contains("单位层级"));
    }

    private static Sheet sheet(Scorecard card, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return wb.getSheet(name);
    }

    @Test
    void theUnitsSelfAssessmentIsEnteredBesideTheScoreAndRanked() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();

        bench.setSelf(id, "总分", "９５", "据单位自评表");
        Scorecard card = bench.setSelf(id, "C1", "2", "");

        assertThat(card.selfTotal()).isEqualTo(95);
        assertThat(card.self().of("C1")).isEqualTo(2);
        assertThat(card.review()).extracting(e -> e.kind().zh()).containsExactly("单位自评分", "单位自评分");
        assertThat(bench.ranking(assessment).units().get(0).unit().selfDifference()).isEqualTo(Math.round((card.total() - 95) * 100) / 100.0);
        assertThat(bench.setSelf(id, "C1", "", "").self().of("C1")).as("blank takes it back").isNull();
        assertThatThrownBy(() -> bench.setSelf(id, "C1", "5", "")).isInstanceOf(Workbench.UserError.class).hasMessageContaining("0到2");
        assertThatThrownBy(() -> bench.setSelf(id, "Z9", "1", "")).isInstanceOf(Workbench.UserError.class).hasMessageContaining("Z9");
    }

    @Test
    void aDeductionItemIsDecidedByItsCountNotByAVerdict() throws IOException {
        long id = bench.upload(assessment, "xialu.txt", Files.readAllBytes(XIALU)).reportId();

        assertThatThrownBy(() -> bench.decide(id, "J4", Status.NOT_MET, null, "被通报一次"))
                .isInstanceOf(Workbench.UserError.class).hasMessageContaining("扣分项");
        Scorecard card = bench.correctFact(id, "penalty.criticized", "1", "市依法治办2024年第3期通报");

        assertThat(card.deductedPoints()).isEqualTo(1);
        assertThat(card.total()).isEqualTo(Math.round((RuleHarness.PIPELINE.score(RuleHarness.PIPELINE.load(XIALU)).total() - 1) * 100) / 100.0);
    }
}
