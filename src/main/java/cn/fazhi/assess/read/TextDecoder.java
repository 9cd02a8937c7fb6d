package cn.fazhi.assess.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report bytes by their content, not their name: a byte-order mark (UTF-8, UTF-16), else
 * strict UTF-8 (a last character cut off is dropped), else GB18030 (a superset of GBK and GB2312).
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** @param cut true when the bytes end inside a character (a download or a copy cut short), which was dropped */
    record Decoded(String text, String charset, boolean cut) {
    }

    static Decoded decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            Decoded utf8 = utf8(bytes, 3);
            return utf8 != null ? utf8 : new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", false);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        Decoded utf8 = utf8(bytes, 0);
        // Cut UTF-8 with nothing but ASCII before the cut is as likely GB18030 whose last character starts like UTF-8's.
        if (utf8 != null && !(utf8.cut() && utf8.text().chars().allMatch(c -> c < 0x80))) {
            return utf8;
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return new Decoded(gb, "GB18030", false);
        }
        return new Decoded(new String(bytes, GB18030), "GB18030 (with undecodable bytes)", false);
    }

    /**
     * The bytes from {@code from} as UTF-8, or null when they are not: the decoder, told more input may follow,
     * stops short of an incomplete last character and reports any other flaw.
     */
    private static Decoded utf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        if (decoder.decode(in, out, false).isError()) {
            return null;
        }
        return new Decoded(out.flip().toString(), "UTF-8", in.hasRemaining());
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
