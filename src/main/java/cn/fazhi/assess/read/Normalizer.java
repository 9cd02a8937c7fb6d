package cn.fazhi.assess.read;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps each character to its matching form — traditional → simplified (opencc4j), full-width
 * letters, digits and punctuation → ASCII, odd spaces → a plain space — one character for one, so
 * offsets in the normalized text are offsets in the original.
 */
public final class Normalizer {
    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

    /** Loaded on first use of a CJK character. */
    private static final class Table {
        static final char[] T2S = SimplifiedTable.load();
    }

    private Normalizer() {
    }

    public static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = normalize(text.charAt(i));
        }
        return new String(out);
    }

    static char normalize(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
            return ' ';
        }
        if (c == '\u3001') {
            return '、';
        }
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        char[] table = Table.T2S;
        if (table != null) {
            return table[c] == 0 ? c : table[c];
        }
        return SIMPLIFIED.computeIfAbsent(c, SimplifiedTable::opencc);
    }
}
