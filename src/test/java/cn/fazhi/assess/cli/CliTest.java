package cn.fazhi.assess.cli;

import cn.fazhi.assess.scoring.RuleHarness;
import cn.fazhi.assess.web.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as a user runs them: output, errors and exit codes 0 / 1 / 2. */
public class CliTest {
    private static final String XIALU = "samples/facts/000_14537a11da58042f.yaml";
    private static final String QIANSHAN = "samples/facts/003_28a7165d80eeb6b4.yaml";

    @TempDir
    Path dir;

    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        CommandLine cmd = App.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void serveRefusesAShortToken() {
        Run r = run("serve", "--token", "1", "--port", "0", "--data", dir.resolve("data").toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--token must be at least 16 characters");
    }

    @Test
    void serveOnADataFolderAnotherServerHoldsSaysSoInOneLine() throws Exception {
        Path data = dir.resolve("shared-data");
        // another process holds the database, as a second `serve` would find it (one JVM shares an open H2 file)
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5), StandardCharsets.UTF_8)).isEqualTo("open\n");

            Run r = run("serve", "--port", "0", "--data", data.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("错误：数据库 " + data.toAbsolutePath()
                    + " 正在被另一个工作台使用（一个数据目录只能由一个 serve 使用）：请先关闭那个工作台，或用 --data 指定另一个目录");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /** Opens the workbench's database in its own process and keeps it open until killed. */
    static final class HoldDatabase {
        public static void main(String[] args) throws Exception {
            Database.h2(Path.of(args[0]));
            System.out.println("open");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aChecklistThatExtendsTheBundledOneIsCheckedAndScoredWithTheBundledRules() throws IOException {
        Path variant = Files.writeString(dir.resolve("某省细则.yaml"), """
                extends: bundled
                name: 某省细则
                categories:
                    -   id: J
                        criteria:
                            -   {id: J1, drop: true}
                """);

        Run check = run("check", "--criteria", variant.toString());
        Run score = run("score", "--criteria", variant.toString(), "samples/reports/000_14537a11da58042f.txt", "--format", "json");

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("某省细则.yaml: " + (RuleHarness.CHECKLIST.criteria().size() - 1) + " criteria");
        assertThat(score.exit()).isZero();
        assertThat(score.out()).contains("\"checklist\" : \"某省细则\"").doesNotContain("\"criterion\" : \"J1\"");
    }

    @Test
    void checkExplainPrintsTheEffectiveChecklistAsATable() throws IOException {
        Path variant = Files.writeString(dir.resolve("v.yaml"), "extends: bundled\nname: 某市细则\ncategories:\n    -   id: B\n"
                + "        criteria:\n            -   {id: B5, target: 95, deduct: 1}\n");

        Run r = run("check", "--explain", "--criteria", variant.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("# 某市细则").contains("| 编号 | 评分项 | 省级政府 | 市级政府 | 县级政府 | 乡镇（街道） | 政府部门 | 司法行政部门 | 市场监管部门 | 公安机关 | 生态环境部门 | 综合行政执法部门 | 评分方法 | 如何失分 |")
                .contains("| B5 | 国家工作人员学法考试参考率达到100% | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | rate | 低于95%，每低1个百分点扣1分；仅定性表述得1分 |")
                .contains("| D1 | 行政规范性文件报送备案 | 3 | 3 | 3 | 3* | 3 |")
                .contains("| L1 | 司法行政：健全行政执法协调监督工作体系 | — | — | — | — | — | 4 | — | — | — | — | presence |")
                .contains("| G8 | 行政诉讼败诉率不高于15% | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | 2 | limit | 高于15%，每高1个百分点扣0.2分，累计扣分不超过2分；报告自认偏高而无比率的，按扣满计；未写明的，人工核查 |")
                .contains("*乡镇（街道）报告未写明出台(制定)行政规范性文件件数、规范性文件报送备案、规范性文件清理的，不适用")
                .contains("被上级通报批评次数：每1次（件）扣1分，累计扣分不超过3分，在总分中扣除")
                .contains("| J4 | 被上级通报批评（扣分项） | 扣≤3 |")
                .contains("行政诉讼案件数为0的，不扣分");
        assertThat(r.out().lines().filter(l -> l.matches("\\| [A-Z]\\d+ .*"))).hasSize(RuleHarness.CHECKLIST.criteria().size());
    }

    @Test
    void checkPrintsOneOkLine() {
        Run r = run("check");

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("OK: criteria.yaml: " + RuleHarness.CHECKLIST.criteria().size() + " criteria in 12 categories, 100 points")
                .contains("county 100").contains("rules").doesNotContain("\n");
    }

    @Test
    void checkFailsWithExit2OnABadChecklist() throws IOException {
        Path bad = Files.writeString(dir.resolve("criteria.yaml"),
                Files.readString(Path.of("criteria.yaml")).replace("total_points: 100", "total_points: 90"));

        Run r = run("check", "--criteria", bad.toString(), "--rules", "rules");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + bad + ":").contains("total_points: is 90 but no profile's criteria add up to it (province 100, city 100, county 100, township 83");
    }

    @Test
    void aVariantsMistakesFailCheckWithExit2NamingFileLineAndCriterion() throws IOException {
        Path variant = Files.writeString(dir.resolve("某县细则.yaml"), """
                extends: bundled
                name: 某县细则
                categories:
                    -   id: B
                        criteria:
                            -   {id: B55, points: 4}
                    -   id: J
                        criteria:
                            -   {id: J4, cap: null}
                """);

        Run r = run("check", "--criteria", variant.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + variant + ":6: categories (B).criteria (B55): the base has no B55 to change");
        Files.writeString(variant, Files.readString(variant).replace("-   {id: B55, points: 4}", "-   {id: B5, points: 3}"));
        Run noCap = run("check", "--criteria", variant.toString());
        assertThat(noCap.exit()).isEqualTo(2);
        assertThat(noCap.err()).contains("error: " + variant + ":9: categories[11].criteria[3] (J4): missing key 'cap'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "extract", "rank", "serve"})
    void everyCommandReportsAChecklistsProblemsTheSameWay(String command) throws IOException {
        Path bad = Files.writeString(dir.resolve("criteria.yaml"),
                Files.readString(Path.of("criteria.yaml")).replace("total_points: 100", "total_points: 90"));
        String[] args = switch (command) {
            case "rank" -> new String[]{"rank", "--criteria", bad.toString(), "--rules", "rules", "-o", dir.resolve("out").toString(), XIALU};
            case "serve" -> new String[]{"serve", "--criteria", bad.toString(), "--rules", "rules", "--port", "0", "--data", dir.resolve("data").toString()};
            default -> new String[]{command, "--criteria", bad.toString(), "--rules", "rules", "samples/reports/000_14537a11da58042f.txt"};
        };

        int line = Files.readAllLines(bad).indexOf("total_points: 90") + 1;

        Run r = run(args);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: " + bad + ":" + line + ": total_points: is 90 but no profile's criteria add up to it (province 100, city 100, county 100, township 83")
                .doesNotContain("unexpected");
    }

    @Test
    void scorePrintsAChineseScorecard() {
        Run r = run("score", XIALU);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("# 下陆区2023年度法治政府建设年度报告考评结果")
                .contains("## 失分项及整改建议").contains("E1 编制并公布年度重大行政决策事项目录")
                .contains("「行政机关负责人出庭应诉率达到100%」");
    }

    @Test
    void jsonIsByteIdenticalAcrossRuns() {
        String first = run("score", "--format", "json", XIALU, QIANSHAN).out();
        String second = run("score", "--format", "json", XIALU, QIANSHAN).out();

        assertThat(first).startsWith("[").isEqualTo(second);
    }

    @Test
    void aBadFileIsReportedAndTheOthersScored() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "facts:\n  dispute.court_appearance_rate: {value: 130}\n");

        Run r = run("score", "--lang", "en", "--format", "json", bad.toString(), XIALU);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + bad + ": facts.dispute.court_appearance_rate: 130 is not a rate")
                .contains("1 of 2 file(s) could not be scored");
        assertThat(r.out()).contains("\"unit\" : \"下陆区\"");
    }

    @Test
    void levelOptionOverridesTheFile() {
        Run r = run("score", "--format", "json", "--level", "township", XIALU);

        assertThat(r.out()).contains("\"profile\" : \"township\"");
    }

    @Test
    void unknownLevelIsAnInputError() {
        Run r = run("score", "--level", "village", XIALU);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("错误：000_14537a11da58042f.txt：单位层级“village”无法识别");
    }

    @Test
    void anExistingOutputIsNotOverwrittenUnlessForced() throws IOException {
        Path out = Files.writeString(dir.resolve("card.md"), "mine");

        Run refused = run("score", XIALU, "-o", out.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("exists; pass --force");
        assertThat(Files.readString(out)).isEqualTo("mine");

        Run forced = run("score", XIALU, "-o", out.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(out)).startsWith("# 下陆区");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .as("readable by colleagues, like any file the user writes").isEqualTo("rw-r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary files left").hasSize(1);
        }
    }

    @Test
    void htmlEscapesEverythingFromTheReport() throws IOException {
        Path facts = Files.writeString(dir.resolve("x.yaml"), """
                report: "<img src=x onerror=alert(1)>.txt"
                meta: {unit: "<b>坏区</b>", level: county, year: 2023}
                facts:
                  leadership.xi_thought_study: {value: true, quote: "<script>alert('x')</script>学习"}
                """);

        Run r = run("score", "--format", "html", facts.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>").doesNotContain("<b>坏区")
                .doesNotContain("<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;学习")
                .contains("&lt;b&gt;坏区&lt;/b&gt;");
    }

    @Test
    void unknownFactKeyWarnsAndScores() throws IOException {
        Path facts = Files.writeString(dir.resolve("w.yaml"),
                "meta: {unit: 测试区, level: county, year: 2023}\nfacts:\n  made.up: {value: 1}\n");

        Run r = run("score", facts.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("warning: ").contains("facts.made.up: unknown fact key");
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("score").exit()).isEqualTo(2);
        assertThat(run("score", "--format", "pdf", XIALU).exit()).isEqualTo(2);
    }
}
