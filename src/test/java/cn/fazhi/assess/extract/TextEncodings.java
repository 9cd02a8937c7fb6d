package cn.fazhi.assess.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Report text in the encodings found in the field. */
final class TextEncodings {
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncodings() {
    }

    static byte[] utf16leWithBom(String text) {
        return concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] utf8WithBom(String text) {
        return concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
