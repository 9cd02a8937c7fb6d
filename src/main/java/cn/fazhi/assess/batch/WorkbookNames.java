package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.UnitSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Workbook file names: written first as "<unit>-<input path>-整改台账.xlsx", which no two inputs share, then
 * renamed to "<unit>-整改台账.xlsx" where the unit name is unique — so the result does not depend on which
 * worker finished first, and two reports of one unit both keep their workbook.
 */
final class WorkbookNames {
    private static final String SUFFIX = "-整改台账.xlsx";
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[.\\s]+");

    private WorkbookNames() {
    }

    static String provisional(String unit, String shortName) {
        return safe(unit == null ? "" : unit) + "-" + safe(withoutExtension(shortName)) + SUFFIX;
    }

    static List<UnitSummary> settle(List<UnitSummary> units, Path outDir, List<String> notes) {
        Map<String, List<UnitSummary>> byName = units.stream()
                .collect(Collectors.groupingBy(u -> safe(u.unit() == null ? "" : u.unit()), TreeMap::new, Collectors.toList()));
        List<UnitSummary> settled = new ArrayList<>();
        byName.forEach((name, same) -> {
            if (same.size() > 1 || name.isEmpty()) {
                settled.addAll(same);
                if (same.size() > 1 && !name.isEmpty()) {
                    notes.add("同名单位“" + name + "”有" + same.size() + "份报告，均已评分，以来源文件区分："
                            + same.stream().map(UnitSummary::source).sorted().collect(Collectors.joining("、")));
                }
                return;
            }
            UnitSummary u = same.get(0);
            String finalName = name + SUFFIX;
            move(outDir.resolve(u.workbook()), outDir.resolve(finalName));
            settled.add(u.withWorkbook(finalName));
        });
        return settled;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
        }
    }

    /** Unit names come from reports: keep them out of paths and away from characters file systems refuse. */
    static String safe(String name) {
        String s = LEADING_DOTS.matcher(UNSAFE.matcher(name).replaceAll("_")).replaceAll("").strip();
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
