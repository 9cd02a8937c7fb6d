package cn.fazhi.assess.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark input: N reports made from real ones — another unit name, other figures, and some
 * paragraphs left out — so that every report is read, extracted and scored afresh.
 */
final class SyntheticReports {
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?=[%％件份卷人名场次宗条个])");
    private static final String DIGITS = "甲乙丙丁戊己庚辛壬癸";

    private SyntheticReports() {
    }

    record Seed(String text, String unit) {
    }

    static List<Path> write(List<Seed> seeds, int n, Path dir, long randomSeed) throws IOException {
        Random random = new Random(randomSeed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Seed seed = seeds.get(i % seeds.size());
            String text = vary(seed, i, random);
            files.add(Files.writeString(dir.resolve(String.format("report-%06d.txt", i)), text, StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String vary(Seed seed, int i, Random random) {
        String suffix = seed.unit().replaceAll(".*?(街道|高新區|高新区|县|区|镇)$", "$1");
        String text = seed.text().replace(seed.unit(), name(i) + suffix);
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            boolean heading = line.matches("^\\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]).*");
            boolean opening = n < 12;
            if (!heading && !opening && line.length() > 40 && random.nextInt(5) == 0) {
                continue;
            }
            out.append(figures(line, random)).append('\n');
        }
        return out.toString();
    }

    private static String figures(String line, Random random) {
        Matcher m = FIGURE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean percent = line.startsWith("%", m.end()) || line.startsWith("％", m.end());
            String value = percent ? String.valueOf(85 + random.nextInt(16))
                    : String.valueOf(random.nextInt(2 * Math.max(1, (int) Double.parseDouble(m.group(1))) + 1));
            m.appendReplacement(sb, value);
        }
        return m.appendTail(sb).toString();
    }

    private static String name(int i) {
        StringBuilder sb = new StringBuilder();
        String digits = String.valueOf(i);
        for (char c : digits.toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return "样" + sb;
    }
}
