package cn.fazhi.assess.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The text layer of a PDF (PDFBox). Lines a page layout broke mid-paragraph are joined again, so that
 * a sentence can be matched whole: a line ends its paragraph when it ends a sentence or falls clearly
 * short of the page's full lines. A scanned PDF without a text layer yields no text.
 */
final class PdfText {
    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\\d+[.、．])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-—]?\\s*\\d{1,3}\\s*[-—]?\\s*$");

    private PdfText() {
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return joinBrokenLines(stripper.getText(doc));
        }
    }

    static String joinBrokenLines(String text) {
        String[] lines = text.split("\\R");
        int fullWidth = 0;
        for (String line : lines) {
            fullWidth = Math.max(fullWidth, line.strip().length());
        }
        int shortLine = (int) (fullWidth * 0.8);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            boolean continues = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            if (continues && (line.isBlank() || HEADING.matcher(line).find())) {
                out.append('\n');
                continues = false;
            }
            String trimmed = line.strip();
            out.append(trimmed);
            boolean lastOfParagraph = trimmed.length() < shortLine;
            if (trimmed.isEmpty() || lastOfParagraph || endsSentence(trimmed)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return "。；;！!？?：:".indexOf(last) >= 0;
    }
}
