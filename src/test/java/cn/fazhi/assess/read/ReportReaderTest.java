package cn.fazhi.assess.read;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportReaderTest {
    private static final String TEXT = "仲愷高新區2023年法治政府建設工作報告\n一、主要舉措和成效\n出庭應訴率達到１００％。\n";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final ReportReader reader = new ReportReader();

    @TempDir
    Path dir;

    @Test
    void normalizedTextLinesUpWithTheOriginal() throws IOException {
        ReportText text = reader.read(Files.writeString(dir.resolve("r.txt"), TEXT));

        assertThat(text.original()).isEqualTo(TEXT);
        assertThat(text.normalized()).contains("仲恺高新区2023年法治政府建设工作报告").contains("出庭应诉率达到100%");
        int at = text.normalized().indexOf("出庭应诉率达到100%");
        assertThat(text.quote(at, at + "出庭应诉率达到100%".length())).isEqualTo("出庭應訴率達到１００％");
    }

    @Test
    void gb18030IsDetectedByContent() throws IOException {
        ReportText text = reader.read(Files.write(dir.resolve("gbk.txt"), TEXT.getBytes(GB18030)));

        assertThat(text.original()).isEqualTo(TEXT);
        assertThat(text.format()).isEqualTo("txt GB18030");
    }

    @Test
    void utf8CutInItsLastCharacterIsReadAsUtf8WithoutIt() throws IOException {
        byte[] whole = (TEXT + "完").getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut <= 2; cut++) {
            byte[] bytes = Arrays.copyOf(whole, whole.length - cut);

            ReportText text = reader.read(Files.write(dir.resolve("cut" + cut + ".txt"), bytes));

            assertThat(text.original()).as("cut %d bytes", cut).isEqualTo(TEXT);
            assertThat(text.format()).isEqualTo("txt UTF-8");
            assertThat(text.warnings()).singleElement().asString().contains("文件末尾有一个不完整的字符，已忽略");
        }
    }

    @Test
    void utf8WithABomCutInItsLastCharacterIsReadWithoutIt() {
        byte[] whole = ("\uFEFF" + TEXT + "完").getBytes(StandardCharsets.UTF_8);

        ReportText text = reader.read("bom.txt", Arrays.copyOf(whole, whole.length - 1));

        assertThat(text.original()).isEqualTo(TEXT);
        assertThat(text.warnings()).singleElement().asString().contains("文件末尾有一个不完整的字符，已忽略");
    }

    @Test
    void wholeUtf8AndGb18030HaveNoWarning() {
        assertThat(reader.read("u8.txt", TEXT.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
        assertThat(reader.read("gb.txt", TEXT.getBytes(GB18030)).warnings()).isEmpty();
    }

    @Test
    void utf8BrokenBeforeItsEndIsStillRefused() {
        byte[] whole = (TEXT + "完").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(whole, whole.length - 1);
        bytes[3] = (byte) 0xFF; // the second character's first byte

        assertThatThrownBy(() -> reader.read("broken.txt", bytes))
                .isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void gb18030EndingInWhatLooksLikeTheStartOfAUtf8CharacterIsStillGb18030() {
        // ASCII, then 喃: in GB18030 the bytes of 喃 are also the first two of a three-byte UTF-8 character
        String ascii = "Report 2023, part 1: ";
        byte[] bytes = (ascii + "喃").getBytes(GB18030);
        assertThat(bytes[bytes.length - 2] & 0xF0).isEqualTo(0xE0);

        ReportText text = reader.read("gb.txt", bytes);

        assertThat(text.original()).isEqualTo(ascii + "喃");
        assertThat(text.format()).isEqualTo("txt GB18030");
    }

    @Test
    void utf16WithBomIsRead() throws IOException {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(reader.read(Files.write(dir.resolve("u16.txt"), bytes)).original()).isEqualTo(TEXT);
    }

    @Test
    void htmlIsToldByContentWhateverItsName() throws IOException {
        String html = "<html><head><title>报告</title><script>alert('x')</script></head><body>"
                + "<div class=\"nav-bar\">网站首页 政务公开</div><div id=\"zoom\"><p>一、主要举措和成效</p>"
                + "<p>出庭应诉率达到100%。</p></div><div class=\"footer\">版权所有</div></body></html>";

        ReportText text = reader.read(Files.writeString(dir.resolve("report.txt"), html));

        assertThat(text.format()).isEqualTo("html");
        assertThat(text.original()).contains("一、主要举措和成效\n出庭应诉率达到100%。")
                .doesNotContain("alert").doesNotContain("网站首页").doesNotContain("版权所有");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY_FILE)).hasMessage(empty + ": the file is empty");
    }

    @Test
    void fileOver20MbIsAnError() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }

        assertThatThrownBy(() -> reader.read(big)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("big.txt: 21 MB is over the 20 MB limit");
    }

    @Test
    void binaryJunkIsAnError() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.bin"), junk);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE))
                .hasMessageContaining("junk.bin: not a text, web page, .docx or .pdf file");
    }

    @Test
    void corruptDocxIsAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("broken.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<not-xml".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNREADABLE))
                .hasMessageStartingWith(file + ": cannot be read");
    }

    @Test
    void aZipThatIsNotADocxIsAnError() throws IOException {
        Path file = dir.resolve("photos.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("a.jpg"));
            zip.write(new byte[]{1, 2, 3});
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.ZIP_NOT_DOCX))
                .hasMessageContaining("a zip archive, but not a Word .docx document");
    }

    @Test
    void oldWordDocIsAnErrorSayingWhatToDo() throws IOException {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Files.write(dir.resolve("report.doc"), ole);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.OLD_OFFICE_BINARY)).hasMessageContaining("save it as .docx");
    }

    @Test
    void corruptPdfIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.pdf"), "%PDF-1.7\n garbage");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.UNREADABLE)).hasMessageStartingWith(file + ": ");
    }

    @Test
    void missingFileAndFolder() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt"))).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NO_SUCH_FILE))
                .hasMessageContaining("nope.txt: no such file");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOfSatisfying(InputFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.FOLDER)).hasMessageContaining("a folder, not a report file");
    }

    @Test
    void pdfLinesBrokenByTheLayoutAreJoined() {
        String laidOut = "一、主要举措和成效\n全年共办理法律援助案件468件,比上年增长百分之十二,\n其中刑事案件418件。\n二、存在的问题\n";

        assertThat(PdfText.joinBrokenLines(laidOut)).contains("全年共办理法律援助案件468件,比上年增长百分之十二,其中刑事案件418件。\n")
                .contains("一、主要举措和成效\n").contains("二、存在的问题\n");
    }
}
