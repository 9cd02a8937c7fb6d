package cn.fazhi.assess.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static cn.fazhi.assess.cli.CliTest.run;
import static cn.fazhi.assess.export.HtmlScorecardWriter.esc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rank's outputs say about files it could not score, whatever the command line's language: the reason's
 * code, its English, and the Chinese of 排名.xlsx, summary.html and summary.json's reason_zh, each from the one
 * message bundle with every detail the English gives.
 */
class RankFailuresTest {
    /** file | reason_code | reason (English) | reason_zh */
    private static final String EXPECTED = """
            empty.txt | empty_file | the file is empty | 文件为空
            big.txt | too_large | 21 MB is over the 20 MB limit for a report | 文件大小21MB，超过20MB上限
            blank.txt | no_text | no text in it | 文件中没有文字
            junk.bin | unsupported_type | not a text, web page, .docx or .pdf file | 不是文本、网页、Word（.docx）或PDF文件
            photos.docx | zip_not_docx | a zip archive, but not a Word .docx document | 压缩包，不是Word（.docx）文件
            old.doc | old_office_binary | an old binary Word/Excel file (.doc/.xls): save it as .docx and try again | 旧版Word/Excel文件（.doc/.xls），请另存为.docx后再评
            menu.txt | not_a_rule_of_law_report | not a rule-of-law government report (it never mentions 法治, 依法行政 or 依法治…): nothing scored | 不是法治政府建设年度报告（全文未出现“法治”“依法行政”“依法治…”），未评分
            broken.json | facts_malformed | malformed JSON: Unexpected end-of-input within/between Object entries | 事实文件格式错误（JSON）：Unexpected end-of-input within/between Object entries
            list.yaml | top_level_not_a_mapping | expected a mapping with report, meta and facts at the top level | 事实文件的顶层应为含report、meta、facts的映射
            meta.yaml | meta_not_a_mapping | meta: must be a mapping with unit, level and year | meta应为含unit、level、year的映射
            year.yaml | meta_year_invalid | meta.year: '二〇二三' is not a year | meta.year的取值“二〇二三”不是年份
            facts.yaml | facts_not_a_mapping | facts: must be a mapping of fact keys to {value, quote} | facts应为事实项到{value, quote}的映射
            nothing.yaml | no_facts | the file holds no facts | 文件中没有事实
            rate.yaml | fact_invalid | facts.dispute.court_appearance_rate: 130 is not a rate: a percentage must be from 0 to 100 | 事实文件中“dispute.court_appearance_rate”的取值有误：130 is not a rate: a percentage must be from 0 to 100
            flag.yaml | fact_invalid | facts.normdoc.filed: 'maybe' is not a flag (true, or false for not stated) | 事实文件中“normdoc.filed”的取值有误：'maybe' is not a flag (true, or false for not stated)
            nolevel.yaml | level_unknown | the unit's level is not known: set meta.level or --level (province, city, county, township, department, ministry) | 无法确定单位层级，请在事实文件中填写meta.level或使用--level（可选：province, city, county, township, department, ministry）
            village.yaml | level_unrecognised | unknown level 'village' (one of: province, city, county, township, department, ministry) | 单位层级“village”无法识别（可选：province, city, county, township, department, ministry）
            none.txt | no_such_file_or_folder | no such file or folder | 文件不存在
            """;

    @TempDir
    Path dir;

    @Test
    void everyReasonReadsFromTheBundleInBothLanguages() throws IOException {
        Path in = badFiles(Files.createDirectories(dir.resolve("in")));
        Path out = dir.resolve("out");

        CliTest.Run r = run("rank", "--lang", "en", in.toString(), in.resolve("none.txt").toString(), "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Map<String, JsonNode> json = new HashMap<>();
        summary.get("failures").forEach(f -> json.put(f.get("source").asText(), f));
        Map<String, String> sheet = failuresSheet(out.resolve("排名.xlsx"));
        String html = Files.readString(out.resolve("summary.html"));
        SoftAssertions softly = new SoftAssertions();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] e = line.split(" \\| ");
            String source = in.resolve(e[0]).toString();
            softly.assertThat(json.get(source)).as(source).isNotNull();
            if (json.get(source) != null) {
                softly.assertThat(json.get(source).get("reason_code").asText()).as(source).isEqualTo(e[1]);
                softly.assertThat(json.get(source).get("reason").asText()).as(source).isEqualTo(e[2]);
                softly.assertThat(json.get(source).get("reason_zh").asText()).as(source).isEqualTo(e[3]);
            }
            softly.assertThat(sheet.get(source)).as(source).isEqualTo(e[3]);
            softly.assertThat(html).as(source).contains("<tr><td>" + esc(source) + "</td><td>" + esc(e[3]) + "</td></tr>");
        }
        softly.assertAll();
        assertThat(json).hasSize(EXPECTED.strip().split("\n").length);
    }

    private static Path badFiles(Path in) throws IOException {
        Files.createFile(in.resolve("empty.txt"));
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("big.txt").toFile(), "rw")) {
            big.setLength(21L * 1024 * 1024);
        }
        write(in, "blank.txt", "   \n\n");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(in.resolve("junk.bin"), junk);
        Files.write(in.resolve("photos.docx"), "PK\u0003\u0004not a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("old.doc"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        write(in, "menu.txt", "今日菜单：红烧肉、清炒时蔬。");
        write(in, "broken.json", "{\"a\": ");
        write(in, "list.yaml", "- 1\n- 2\n");
        write(in, "meta.yaml", "meta: 3\n");
        write(in, "year.yaml", "meta: {level: county, year: 二〇二三}\nfacts: {}\n");
        write(in, "facts.yaml", "meta: {level: county}\nfacts: 3\n");
        write(in, "nothing.yaml", "# nothing\n");
        write(in, "rate.yaml", "meta: {level: county}\nfacts:\n  dispute.court_appearance_rate: {value: 130}\n");
        write(in, "flag.yaml", "meta: {level: county}\nfacts:\n  normdoc.filed: {value: maybe}\n");
        write(in, "nolevel.yaml", "meta: {unit: 甲区, year: 2023}\nfacts: {}\n");
        write(in, "village.yaml", "meta: {unit: 乙区, level: village, year: 2023}\nfacts: {}\n");
        return in;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static Map<String, String> failuresSheet(Path workbook) throws IOException {
        Map<String, String> rows = new HashMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("未评分文件");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
        }
        return rows;
    }
}
