package cn.fazhi.assess.read;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * opencc4j's traditional → simplified mapping of single characters, tabulated when the jar is built.
 * Loading opencc4j's dictionaries took about 350 ms of every cold start; reading this table takes a few.
 * The table is opencc4j's own answer for each character, so the normalized text is the same either way
 * ({@code SimplifiedTableTest} checks every character).
 */
public final class SimplifiedTable {
    static final String RESOURCE = "fazhi/t2s-chars.txt";
    static final char FIRST = '\u3400';

    private SimplifiedTable() {
    }

    /** The table, or null when the jar was built without it (then opencc4j is asked directly). */
    static char[] load() {
        try (InputStream in = SimplifiedTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            char[] table = new char[Character.MAX_VALUE + 1];
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2) {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
            return table;
        } catch (IOException e) {
            return null;
        }
    }

    /** opencc4j's simplified form of one character, or the character itself. */
    static char opencc(char c) {
        String s = ZhConverterUtil.toSimple(String.valueOf(c));
        return s != null && s.length() == 1 ? s.charAt(0) : c;
    }

    /** Build step: writes the table into CLASSES_DIR. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        for (char c = FIRST; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            char s = opencc(c);
            if (s != c) {
                out.append(c).append(s).append('\n');
            }
        }
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
    }
}
