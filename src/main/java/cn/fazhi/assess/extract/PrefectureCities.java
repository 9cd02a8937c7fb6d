package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.Normalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The prefecture-level cities (地级市), from places/prefecture-cities.txt: a unit named X市 is a city when it is one
 * of them and a 县级市 otherwise, since a report rarely says which it is and 县级市 reports outnumber city reports.
 */
final class PrefectureCities {
    private static final String RESOURCE = "places/prefecture-cities.txt";
    private static final Set<String> NAMES = load();

    private PrefectureCities() {
    }

    /** Whether {@code unit} (乐平市, 江西省景德镇市, 廣州市) names a prefecture-level city. */
    static boolean contains(String unit) {
        String name = Normalizer.normalize(unit).replaceFirst("市$", "");
        name = name.replaceFirst("^[\\u4e00-\\u9fff]{2,7}?(省|自治区)", "");
        return NAMES.contains(name);
    }

    private static Set<String> load() {
        InputStream in = PrefectureCities.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + RESOURCE);
        }
        Set<String> names = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (!line.startsWith("#") && colon > 0) {
                    names.addAll(Set.of(line.substring(colon + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return Set.copyOf(names);
    }
}
