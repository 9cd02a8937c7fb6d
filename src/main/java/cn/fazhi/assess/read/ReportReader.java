package cn.fazhi.assess.read;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a report file of any supported kind, told apart by its content rather than its name:
 * .docx (a zip with word/document.xml), .pdf, a saved web page, or plain text in UTF-8, GB18030/GBK
 * or UTF-16 with a byte-order mark.
 */
public final class ReportReader {
    private static final long MB = 1024 * 1024;
    public static final long MAX_BYTES = 20 * MB;
    private static final String CUT_SHORT = "文件末尾有一个不完整的字符，已忽略（文件可能未下载或复制完整）";

    public ReportText read(Path file) {
        String name = file.toString();
        return read(bytes(file, name), name, file.getFileName().toString());
    }

    /** An upload: its bytes and the name it came with; nothing is written to disk. */
    public ReportText read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputFailure(Reason.EMPTY_FILE, name);
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputFailure(Reason.TOO_LARGE, name, String.valueOf(bytes.length / MB), String.valueOf(MAX_BYTES / MB));
        }
        return read(bytes, name, name);
    }

    private ReportText read(byte[] bytes, String name, String source) {
        try {
            if (starts(bytes, "PK\u0003\u0004")) {
                if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("word/document.xml")) {
                    throw new InputFailure(Reason.ZIP_NOT_DOCX, name);
                }
                return nonEmpty(ReportText.of(source, "docx", DocxText.text(bytes)), name);
            }
            if (starts(bytes, "%PDF")) {
                return nonEmpty(ReportText.of(source, "pdf", PdfText.text(bytes)), name);
            }
            if (starts(bytes, "\u00D0\u00CF\u0011\u00E0")) {
                throw new InputFailure(Reason.OLD_OFFICE_BINARY, name);
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            if (binary(decoded.text())) {
                throw new InputFailure(Reason.UNSUPPORTED_TYPE, name);
            }
            ReportText text = HtmlText.looksLikeHtml(decoded.text())
                    ? ReportText.of(source, "html", HtmlText.text(decoded.text()))
                    : ReportText.of(source, "txt " + decoded.charset(), decoded.text().replace("\r\n", "\n"));
            return nonEmpty(decoded.cut() ? text.withWarning(source + "：" + CUT_SHORT) : text, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputFailure f) {
                throw f;
            }
            throw new InputFailure(Reason.UNREADABLE, name, e,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputFailure(Reason.FOLDER, name);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new InputFailure(Reason.EMPTY_FILE, name);
            }
            if (size > MAX_BYTES) {
                throw new InputFailure(Reason.TOO_LARGE, name, String.valueOf(size / MB), String.valueOf(MAX_BYTES / MB));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFailure(Reason.NO_SUCH_FILE, name);
        } catch (AccessDeniedException e) {
            throw new InputFailure(Reason.NO_PERMISSION, name);
        } catch (IOException e) {
            throw new InputFailure(Reason.CANNOT_READ, name, e, e.getMessage());
        }
    }

    private static ReportText nonEmpty(ReportText text, String name) {
        if (text.original().isBlank()) {
            throw new InputFailure(text.format().equals("pdf") ? Reason.SCANNED_PDF : Reason.NO_TEXT, name);
        }
        return text;
    }

    private static boolean binary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 4096);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == '\uFFFD') {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static boolean starts(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
