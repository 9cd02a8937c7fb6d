package cn.fazhi.assess.read;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps each character to its matching form — traditional → simplified (opencc4j), full-width
 * letters, digits and punctuation → ASCII, odd spaces → a plain space — one character for one, so
 * offsets in the normalized text are offsets in the original.
 */
public final class Normalizer {
    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

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
        return SIMPLIFIED.computeIfAbsent(c, Normalizer::simplified);
    }

    private static char simplified(char c) {
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s != null && s.length() == 1 ? s.charAt(0) : c;
    }
}
