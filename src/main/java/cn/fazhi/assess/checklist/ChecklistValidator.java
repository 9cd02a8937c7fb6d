package cn.fazhi.assess.checklist;

import cn.fazhi.assess.checklist.ChecklistFile.CategoryEntry;
import cn.fazhi.assess.checklist.ChecklistFile.CriterionEntry;
import cn.fazhi.assess.checklist.ChecklistFile.IndicatorEntry;
import cn.fazhi.assess.domain.Category;
import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import cn.fazhi.assess.domain.Grade;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Method;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Profile;
import cn.fazhi.assess.domain.Remedy;
import cn.fazhi.assess.domain.Wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a bound checklist as a whole and turns it into the domain model. Collects every problem
 * before failing, each as "file: key path (id): what is wrong".
 */
final class ChecklistValidator {
    private final String file;
    private final YamlLines lines;
    private final List<String> problems = new ArrayList<>();
    private Map<String, Indicator> indicators = Map.of();
    private Set<String> profiles = Set.of();
    private Set<String> levelNames = Set.of();
    private Map<String, String> wording = Map.of();

    ChecklistValidator(String file, YamlLines lines) {
        this.file = file;
        this.lines = lines;
    }

    Checklist validate(ChecklistFile raw) {
        indicators = indicators(raw.indicators());
        List<Profile> profileList = new Profiles(this::problem).read(raw.profiles());
        profiles = new LinkedHashSet<>(profileList.stream().map(Profile::id).toList());
        levelNames = new LinkedHashSet<>(profileList.stream().flatMap(p -> p.levels().stream()).toList());
        levelNames.addAll(profiles);
        wording = wording(raw.wording());
        List<Grade> grades = grades(raw.grades());
        List<Category> categories = categories(raw.categories());
        checkTotals(raw, profileList, categories);
        checkAliases(categories);
        checkProfilesHaveCriteria(profileList, categories);
        double bonusCap = raw.bonusCap() == null ? 0 : raw.bonusCap();
        if (bonusCap < 0) {
            problem("bonus_cap", "must not be negative");
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(problems);
        }
        return new Checklist(raw.name(), raw.totalPoints(), bonusCap, profileList, grades, indicators, categories);
    }

    /** The checklist's wording; a checklist without one takes the bundled checklist's. */
    private Map<String, String> wording(Map<String, String> own) {
        Map<String, String> words = own != null ? own : BundledWording.get();
        for (String key : new TreeSet<>(Wording.REQUIRED)) {
            if (!words.containsKey(key)) {
                problem("wording", "missing '" + key + "'");
            }
        }
        checkWordingKeys("wording", words, Wording.REQUIRED);
        return words;
    }

    private void checkWordingKeys(String at, Map<String, String> words, Set<String> known) {
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (!known.contains(e.getKey())) {
                problem(at, "unknown key '" + e.getKey() + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            } else if (e.getValue() == null) {
                problem(at + "." + e.getKey(), "has no text");
            }
        }
    }

    private Map<String, Indicator> indicators(Map<String, IndicatorEntry> entries) {
        Map<String, Indicator> result = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (entry == null) {
                problem("indicators." + key, "has no type and name");
                return;
            }
            IndicatorType type = enumValue(IndicatorType.values(), entry.type(), "indicators." + key + ".type");
            if (type != null) {
                result.put(key, new Indicator(key, type, entry.zh(),
                        new PatternEntries(key, type, this::problem).parse(entry.patterns()),
                        Boolean.TRUE.equals(entry.negative())));
            }
        });
        return result;
    }

    private List<Grade> grades(List<ChecklistFile.GradeEntry> entries) {
        List<Grade> grades = entries.stream().map(g -> new Grade(g.name(), g.min())).toList();
        if (grades.isEmpty()) {
            problem("grades", "must list at least one grade band");
            return grades;
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).min() >= grades.get(i - 1).min()) {
                problem("grades[" + i + "]", "bands must be listed from the highest min to the lowest");
            }
        }
        if (grades.get(grades.size() - 1).min() != 0) {
            problem("grades", "the last band must have min 0 so that every total gets a grade");
        }
        return grades;
    }

    private List<Category> categories(List<CategoryEntry> entries) {
        Set<String> categoryIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        List<Category> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CategoryEntry entry = entries.get(i);
            String at = "categories[" + i + "] (" + entry.id() + ")";
            if (!categoryIds.add(entry.id())) {
                problem(at, "duplicate category id '" + entry.id() + "'");
            }
            List<Criterion> criteria = new ArrayList<>();
            for (int j = 0; j < entry.criteria().size(); j++) {
                CriterionEntry c = entry.criteria().get(j);
                String cat = "categories[" + i + "].criteria[" + j + "] (" + c.id() + ")";
                if (!criterionIds.add(c.id())) {
                    problem(cat, "duplicate criterion id '" + c.id() + "'");
                }
                Criterion criterion = criterion(entry.id(), c, cat);
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
            double sum = criteria.stream().filter(c -> c.method().isRegular()).mapToDouble(Criterion::points).sum();
            if (Math.abs(sum - entry.points()) > 1e-9) {
                problem(at + ".points", "is " + Numbers.format(entry.points())
                        + " but its regular criteria add up to " + Numbers.format(sum));
            }
            result.add(new Category(entry.id(), entry.title(), entry.points(), criteria));
        }
        return result;
    }

    private Criterion criterion(String category, CriterionEntry c, String at) {
        Method method = Method.of(c.method());
        if (method == null) {
            problem(at + ".method", "'" + c.method() + "' is not a method name (lower case letters, digits and _;"
                    + " built in: " + String.join(", ", Method.BUILT_IN.stream().map(Method::yamlName).toList()) + ")");
        }
        List<String> claim = c.claim() == null ? List.of() : c.claim();
        if (c.points() < 0) {
            problem(at + ".points", "must not be negative");
        }
        for (String level : c.levels()) {
            if (!profiles.contains(level)) {
                problem(at + ".levels", "unknown profile '" + level + "' (profiles: " + String.join(", ", profiles) + ")");
            }
        }
        checkKeys(at + ".indicators", c.indicators());
        checkKeys(at + ".claim", claim);
        Map<String, List<String>> onlyIf = c.onlyIfStated() == null ? Map.of() : c.onlyIfStated();
        onlyIf.forEach((profile, keys) -> {
            if (!profiles.contains(profile)) {
                problem(at + ".only_if_stated", "unknown profile '" + profile + "' (profiles: " + String.join(", ", profiles) + ")");
            }
            checkKeys(at + ".only_if_stated." + profile, keys == null ? List.of() : keys);
        });
        if (method == null) {
            return null;
        }
        new MethodParameters(method, c, at, indicators, this::problem).check();
        Map<String, String> own = c.wording() == null ? Map.of() : c.wording();
        Set<String> wordingKeys = new HashSet<>(Wording.OWN);
        wordingKeys.addAll(Wording.REQUIRED);
        checkWordingKeys(at + ".wording", own, wordingKeys);
        Map<String, String> words = new LinkedHashMap<>(wording);
        words.putAll(own);
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : concat(c.indicators(), claim)) {
            Indicator indicator = indicators.get(key);
            names.put(key, indicator == null ? key : indicator.zh());
        }
        Remedies remedies = new Remedies(c, at, levelNames, this::problem);
        Remedy remedy = remedies.base();
        Map<String, Remedy> byLevel = remedies.byLevel(remedy);
        return new Criterion(c.id(), c.title(), category, c.points(), new HashSet<>(c.levels()), method,
                c.indicators(), names, c.target(), isRate(c.indicators()), deduct(c), c.cap(), claim,
                c.claimPoints() == null ? 0 : c.claimPoints(), exemptIf(c), computeFrom(c), consistency(c),
                c.gap(), remedy, byLevel, c.basis(), new Wording(words), c.aliases() == null ? List.of() : c.aliases(),
                onlyIf, MethodParameters.deadline(c), "manual".equals(c.whenSilent()));
    }

    /** {@code per_item} is a deduction item's word for what {@code deduct} is to the others. */
    private static double deduct(CriterionEntry c) {
        Double d = c.perItem() != null ? c.perItem() : c.deduct();
        return d == null ? 0 : d;
    }

    /** A profile no criterion applies to would score its units on nothing. */
    private void checkProfilesHaveCriteria(List<Profile> profileList, List<Category> categories) {
        Checklist probe = new Checklist("", 0, 0, profileList, List.of(new Grade("", 0)), Map.of(), categories);
        for (Profile p : profileList) {
            List<String> lineage = probe.lineage(p.id());
            boolean scored = categories.stream().flatMap(cat -> cat.criteria().stream())
                    .anyMatch(c -> c.method().isRegular() && c.appliesTo(lineage));
            if (!scored) {
                problem("profiles." + p.id(), "no criterion applies to it (list it under a criterion's levels:)");
            }
        }
    }

    private static Criterion.ExemptIf exemptIf(CriterionEntry c) {
        return c.exemptIf() == null ? null : new Criterion.ExemptIf(c.exemptIf().key(), c.exemptIf().equals());
    }

    private static Criterion.ComputeFrom computeFrom(CriterionEntry c) {
        return c.computeFrom() == null ? null : new Criterion.ComputeFrom(c.computeFrom().part(), c.computeFrom().whole());
    }

    private static Criterion.Consistency consistency(CriterionEntry c) {
        ChecklistFile.ConsistencyEntry k = c.consistency();
        return k == null ? null : new Criterion.Consistency(k.whole(), k.part(), k.otherPart(), k.rate(),
                k.tolerance() == null ? 0 : k.tolerance());
    }

    private boolean isRate(List<String> keys) {
        return !keys.isEmpty() && indicators.containsKey(keys.get(0))
                && indicators.get(keys.get(0)).type() == IndicatorType.RATE;
    }

    private void checkKeys(String at, List<String> keys) {
        for (String key : keys) {
            if (!indicators.containsKey(key)) {
                problem(at, "unknown indicator '" + key + "' (not under indicators:)");
            }
        }
    }

    /** An alias names one criterion: never another criterion's id, never twice. */
    private void checkAliases(List<Category> categories) {
        Set<String> ids = new HashSet<>();
        categories.forEach(cat -> cat.criteria().forEach(c -> ids.add(c.id())));
        Set<String> seen = new HashSet<>();
        categories.forEach(cat -> cat.criteria().forEach(c -> c.aliases().forEach(alias -> {
            if (ids.contains(alias) || !seen.add(alias)) {
                problem("categories", "criterion " + c.id() + ": alias '" + alias + "' is already "
                        + (ids.contains(alias) ? "a criterion's id" : "another criterion's alias"));
            }
        })));
    }

    /**
     * The categories add up to {@code total_points} for some profile: the one the checklist was written for (county in
     * the bundled one); the others score fewer criteria, or others, and are normalized to 100 like it.
     */
    private void checkTotals(ChecklistFile raw, List<Profile> profileList, List<Category> categories) {
        Checklist probe = new Checklist("", 0, 0, profileList, List.of(new Grade("", 0)), Map.of(), categories);
        Map<String, Double> byProfile = new LinkedHashMap<>();
        for (Profile p : profileList) {
            List<String> lineage = probe.lineage(p.id());
            byProfile.put(p.id(), categories.stream().flatMap(cat -> cat.criteria().stream())
                    .filter(c -> c.method().isRegular() && c.appliesTo(lineage)).mapToDouble(Criterion::points).sum());
        }
        if (byProfile.values().stream().noneMatch(sum -> Math.abs(sum - raw.totalPoints()) < 1e-9)) {
            problem("total_points", "is " + Numbers.format(raw.totalPoints()) + " but no profile's criteria add up to it ("
                    + byProfile.entrySet().stream().map(e -> e.getKey() + " " + Numbers.format(e.getValue()))
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private <E extends Enum<E>> E enumValue(E[] values, String name, String at) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        problem(at, "unknown value '" + name + "' (one of: " + Arrays.stream(values)
                .map(v -> v.name().toLowerCase()).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    void problem(String at, String what) {
        int line = lines.lineOf(at);
        problems.add(file + (line > 0 ? ":" + line : "") + ": " + at + ": " + what);
    }
}
