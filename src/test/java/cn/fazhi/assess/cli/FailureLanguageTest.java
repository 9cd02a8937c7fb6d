package cn.fazhi.assess.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static cn.fazhi.assess.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** A file that cannot be scored is told in Chinese unless --lang en asks for English, with the same exit code. */
class FailureLanguageTest {
    private static final byte[] OLD_WORD = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

    @TempDir
    Path dir;

    /** One failure of each group: the file, its format, its content, a facts file's value and its syntax. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "FILE：文件为空", "FILE: the file is empty"),
                Arguments.of("report.doc", OLD_WORD, "FILE：旧版Word/Excel文件（.doc/.xls），请另存为.docx后再评",
                        "FILE: an old binary Word/Excel file (.doc/.xls): save it as .docx and try again"),
                Arguments.of("menu.txt", utf8("今日菜单：红烧肉、清炒时蔬。"), "FILE：不是法治政府建设年度报告（全文未出现“法治”“依法行政”“依法治…”），未评分",
                        "FILE: not a rule-of-law government report (it never mentions 法治, 依法行政 or 依法治…): nothing scored"),
                Arguments.of("nolevel.yaml", utf8("meta: {unit: 甲区, year: 2023}\nfacts: {}\n"),
                        "nolevel.yaml：无法确定单位层级，请在事实文件中填写meta.level或使用--level（可选：province, city, county, township, department, ministry）",
                        "nolevel.yaml: the unit's level is not known: set meta.level or --level (province, city, county, township, department, ministry)"),
                Arguments.of("rate.yaml", utf8("meta: {level: county}\nfacts:\n  dispute.court_appearance_rate: {value: 130}\n"),
                        "FILE：事实文件中“dispute.court_appearance_rate”的取值有误：130 is not a rate: a percentage must be from 0 to 100",
                        "FILE: facts.dispute.court_appearance_rate: 130 is not a rate: a percentage must be from 0 to 100"),
                Arguments.of("broken.json", utf8("{\"a\": "), "FILE:1:7：事实文件格式错误（JSON）：Unexpected end-of-input within/between Object entries",
                        "FILE:1:7: malformed JSON: Unexpected end-of-input within/between Object entries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void chineseByDefault(String name, byte[] content, String zh, String en) throws IOException {
        Path file = Files.write(dir.resolve(name), content);

        CliTest.Run r = run("score", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("错误：" + zh.replace("FILE", file.toString()) + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void englishWhenAsked(String name, byte[] content, String zh, String en) throws IOException {
        Path file = Files.write(dir.resolve(name), content);

        CliTest.Run r = run("score", "--lang", "en", file.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + en.replace("FILE", file.toString()) + "\n");
    }

    @Test
    void theLanguageMayComeBeforeTheCommand() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(run("--lang", "en", "extract", empty.toString()).err()).startsWith("error: " + empty + ": the file is empty");
        assertThat(run("extract", empty.toString()).err()).startsWith("错误：" + empty + "：文件为空");
    }

    @Test
    void rankSaysWhichFilesWereNotScoredInTheLanguageAskedFor() throws IOException {
        Path empty = Files.createFile(Files.createDirectories(dir.resolve("in")).resolve("empty.txt"));

        CliTest.Run zh = run("rank", dir.resolve("in").toString(), "-o", dir.resolve("zh").toString());
        CliTest.Run en = run("rank", "--lang", "en", dir.resolve("in").toString(), "-o", dir.resolve("en").toString());

        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.err()).contains("未评分：" + empty + "：文件为空\n");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.err()).contains("not scored: " + empty + ": the file is empty\n");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliTest.Run r = run("score", "--lang", "fr", "samples/facts/000_14537a11da58042f.yaml");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--lang").contains("zh, en");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
