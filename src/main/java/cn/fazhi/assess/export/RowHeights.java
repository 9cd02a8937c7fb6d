package cn.fazhi.assess.export;

/**
 * A row tall enough for its wrapped text. A sheet streamed by fastexcel carries no heights, and LibreOffice (unlike
 * Excel) keeps the default one line on opening and printing, so the 整改台账's long cells overlapped on paper.
 */
final class RowHeights {
    private static final double LINE_POINTS = 14.5;

    private RowHeights() {
    }

    /** Points for a row whose column c shows {@code texts[c]} (null: nothing or a number) in a column {@code widths[c]} wide. */
    static double of(String[] texts, int[] widths) {
        int lines = 1;
        for (int c = 0; c < texts.length && c < widths.length; c++) {
            if (texts[c] != null) {
                lines = Math.max(lines, lines(texts[c], widths[c]));
            }
        }
        return Math.min(409, lines * LINE_POINTS + 3);
    }

    /** Lines a text wraps to in a column {@code width} characters wide: a Chinese character is about two of them. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double units = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                units += paragraph.charAt(i) > 0x2E80 ? 2 : 1.1;
            }
            lines += Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
        }
        return lines;
    }
}
