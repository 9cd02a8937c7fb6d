package cn.fazhi.assess.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The same report text as the other kinds of file users hand in. */
final class ReportVariants {
    static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private ReportVariants() {
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A page as saved from a government site: navigation, scripts and a footer around the article. */
    static byte[] html(String text, String title) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><script>var nav = '首页';</script>")
                .append("<style>.x{color:red}</style></head><body>")
                .append("<div class=\"top-nav\"><a href=\"/\">网站首页</a> <a href=\"/zwgk\">政务公开</a> <a>2025年工作要点</a></div>")
                .append("<nav><ul><li>下一步工作计划</li><li>存在的问题</li></ul></nav><div id=\"content\">");
        for (String line : text.split("\n")) {
            h.append("<p>").append(escape(line)).append("</p>\n");
        }
        h.append("</div><footer>版权所有：某某区人民政府办公室 2024年 网站标识码</footer></body></html>");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Optional<Path> cjkFont() {
        return CJK_FONTS.stream().filter(Files::isRegularFile).findFirst();
    }

    /** A text PDF laid out as a word processor would: long paragraphs wrapped over several lines. */
    static byte[] pdf(String text, Path fontFile) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                String p = paragraph.strip();
                for (int i = 0; i < p.length(); i += 36) {
                    lines.add(p.substring(i, Math.min(p.length(), i + 36)));
                }
                if (p.isEmpty()) {
                    lines.add("");
                }
            }
            for (int from = 0; from < lines.size(); from += 60) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 800);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + 60))) {
                        cs.showText(printable(line, font));
                        cs.newLineAtOffset(0, -12.5f);
                    }
                    cs.endText();
                }
            }
            doc.save((OutputStream) out);
            return out.toByteArray();
        }
    }

    private static String printable(String line, PDType0Font font) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                sb.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
