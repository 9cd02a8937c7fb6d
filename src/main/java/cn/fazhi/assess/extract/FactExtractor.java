package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Dates;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorPattern;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.Normalizer;
import cn.fazhi.assess.read.ReportText;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each indicator's fact with the patterns the checklist gives it: patterns in their listed
 * order, lines in report order, first match wins. Only parts that state the year's work are read
 * (never shortcomings or next year's plan), except for a negative indicator, a finding the report
 * admits wherever it stands; a figure of a single department is not the unit's.
 */
final class FactExtractor {
    // 涉及我局行政复议案件4宗 is the unit's own figure: no 我局, 本局 or 全局 is a sub-unit
    private static final Pattern SUB_UNIT = Pattern.compile(
            "(?<![我本全])[\\u4e00-\\u9fff]{1,10}(?<![我本全])(局|办公室|中心|大队|支队|派出所|法庭|公司|医院|学校|分局)");
    private static final Pattern PER_UNIT = Pattern.compile("每(?!年)");
    private static final Pattern OWN_TOTAL = Pattern.compile("全(区|县|市|镇|乡|街道|年|局|厅|委|系统)|共|累计|合计|总|各级");

    private static final Pattern PLAN_PLACE = Pattern.compile(
            "((19|20)\\d\\d年度?)?(中共)?(?<p>[\\u4e00-\\u9fff]{1,10}?(省|自治区|自治州|市|州|区|县|旗|镇|乡|街道))");
    private static final Pattern NOT_A_PLACE = Pattern.compile("法治|依法");
    private static final Pattern WHOLE_PLACE = Pattern.compile("[全我本](省|市|州|区|县|旗|镇|乡|街道)");
    // 许昌市农业农村局 → 农业农村: what a department does, as its plans name it
    private static final Pattern DEPARTMENT_DUTY = Pattern.compile("^.*?(?:省|市|州|区|县|旗)(.+?)(?:管理局|局|厅|委员会|委|办公室|办)$");
    private static final Pattern ISSUED_BY = Pattern.compile("(?<by>[\\u4e00-\\u9fff]{2,24})(印发|下发|制定|出台|发布)的\\s*$");
    private static final int ISSUER_SPAN = 30;
    // 焉耆回族自治县 names its plans 《焉耆县…》
    private static final Pattern ETHNIC_AUTONOMY = Pattern.compile("^([\\u4e00-\\u9fff]{2,}?)[\\u4e00-\\u9fff]{1,8}?族自治(县|旗)");
    private static final Pattern PLAN_YEAR = Pattern.compile("(19|20)\\d\\d年");
    private static final Pattern PLAN_WORDS = Pattern.compile("要点|方案|规划|纲要|计划|清单|安排");
    private static final List<String> PART_GROUPS = List.of("n", "n2", "n3", "n4", "one", "one2");

    private final Checklist checklist;
    private final Map<IndicatorPattern, LinePrefilter> prefilters = new IdentityHashMap<>();
    private final boolean anyNegative;

    FactExtractor(Checklist checklist) {
        this.checklist = checklist;
        this.anyNegative = checklist.indicators().values().stream().anyMatch(Indicator::negative);
        for (Indicator indicator : checklist.indicators().values()) {
            for (IndicatorPattern p : indicator.patterns()) {
                prefilters.put(p, LinePrefilter.of(p.regex()));
            }
        }
    }

    /** Whether the checklist has this indicator (a checklist may do without the report's dates). */
    boolean knows(String key) {
        return checklist.indicators().containsKey(key);
    }

    Map<String, ExtractedFact> extract(ReportText text, Segmentation segments, String unit) {
        // cut once: every pattern of every indicator reads the same lines
        Lines work = Lines.of(text, segments, SectionKind::yieldsFacts);
        Lines stated = anyNegative ? Lines.of(text, segments, k -> k != SectionKind.CHROME) : work;
        Map<String, ExtractedFact> facts = new LinkedHashMap<>();
        checklist.indicators().values().forEach(indicator -> {
            Lines read = indicator.negative() ? stated : work;
            find(indicator, text, read, unit).ifPresent(f -> facts.put(indicator.key(), f));
        });
        return facts;
    }

    /** The lines of the parts an indicator is read in, and their text as patterns read it. */
    private record Lines(List<Line> lines, List<Unglossed> sentences) {
        static Lines of(ReportText text, Segmentation segments, Predicate<SectionKind> read) {
            List<Line> lines = segments.lines().stream().filter(l -> read.test(l.kind())).toList();
            return new Lines(lines, lines.stream()
                    .map(l -> Unglossed.of(text.normalized().substring(l.start(), l.end()))).toList());
        }
    }

    private Optional<ExtractedFact> find(Indicator indicator, ReportText text, Lines read, String unit) {
        for (IndicatorPattern pattern : indicator.patterns()) {
            LinePrefilter prefilter = prefilters.get(pattern);
            for (int i = 0; i < read.lines().size(); i++) {
                Line line = read.lines().get(i);
                Unglossed view = read.sentences().get(i);
                String sentence = view.text();
                if (!prefilter.mayMatch(sentence)) {
                    continue;
                }
                Matcher m = pattern.regex().matcher(sentence);
                while (m.find()) {
                    Object value = value(indicator, pattern, m);
                    if (value == null || indicator.type() == IndicatorType.COUNT
                            && (subUnit(sentence, m.start()) || perUnit(sentence, m.start()))
                            || Intentions.intended(sentence, m.start()) || anotherPlacesPlan(m.group(), unit)
                            || issuedByAnother(sentence, m.start(), m.group(), unit)) {
                        continue;
                    }
                    String quote = text.quote(line.start() + view.start(m.start()), line.start() + view.end(m.end()));
                    return Optional.of(new ExtractedFact(
                            new ReportFact(indicator.key(), indicator.type(), value, quote), line.kind()));
                }
            }
        }
        return Optional.empty();
    }

    private static Object value(Indicator indicator, IndicatorPattern pattern, Matcher m) {
        return switch (indicator.type()) {
            case FLAG -> Boolean.TRUE;
            case RATE, COUNT -> {
                OptionalDouble v = pattern.value() != null ? OptionalDouble.of(pattern.value()) : parts(m);
                boolean ok = v.isPresent() && v.getAsDouble() >= 0
                        && (indicator.type() != IndicatorType.RATE || v.getAsDouble() <= 100)
                        && (indicator.type() != IndicatorType.COUNT || v.getAsDouble() == Math.rint(v.getAsDouble()));
                yield ok ? v.getAsDouble() : null;
            }
            case YEAR -> NumberParser.parse(m.group("n")).stream().mapToObj(d -> (Object) (int) d).findFirst().orElse(null);
            case TEXT, ENUM -> m.groupCount() > 0 ? m.group(1) : m.group();
            case DATE -> {
                LocalDate d = Dates.of(m.group("y"), m.group("m"), m.group("d"));
                yield d == null ? null : d.toString();
            }
        };
    }

    /**
     * The figure in group {@code n}, plus the parts of the same kind a pattern names {@code n2}…{@code n4}
     * ("建议152件、提案120件" → 272), plus one for each part named as a single item ({@code one}, {@code one2}:
     * "湖山社区获批省级民主法治村").
     */
    private static OptionalDouble parts(Matcher m) {
        String regex = m.pattern().pattern();
        double sum = 0;
        boolean any = false;
        for (String g : PART_GROUPS) {
            if (!regex.contains("(?<" + g + ">") || m.group(g) == null) {
                continue;
            }
            OptionalDouble v = g.startsWith("one") ? OptionalDouble.of(1) : NumberParser.parse(m.group(g));
            if (v.isEmpty()) {
                return v;
            }
            sum += v.getAsDouble();
            any = true;
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /**
     * 《清城区2022年法治政府建设工作要点》 in 东城街道's report is the district's plan, not the street's: a plan
     * document counts when its title names the unit, or names a place the unit's name holds, or no place. A
     * department's name holds its place too (泽州县交通运输局), but a plan named for the place alone is the
     * government's (《泽州县贯彻落实…实施方案》), not the department's. A plan named without 《》 is read from its year
     * on (研究2020年清城区法治政府建设工作要点); 全区/我区 is the unit's own in a 区's report only.
     */
    private static boolean anotherPlacesPlan(String matched, String unit) {
        int open = matched.indexOf('《');
        Matcher year = PLAN_YEAR.matcher(matched);
        if (open < 0 && !year.find()) {
            return false;
        }
        String title = open >= 0 ? matched.substring(open + 1) : matched.substring(year.start());
        Matcher place = PLAN_PLACE.matcher(title);
        if (!PLAN_WORDS.matcher(title).find() || !place.lookingAt() || NOT_A_PLACE.matcher(place.group("p")).find()
                || open < 0 && !title.startsWith("法治", place.end()) && !title.startsWith("依法", place.end())) {
            return false;
        }
        String own = unit == null ? "" : ETHNIC_AUTONOMY.matcher(Normalizer.normalize(unit)).replaceFirst("$1$2");
        String duty = DEPARTMENT_DUTY.matcher(own).replaceFirst("$1");
        if (UnitNames.isDepartment(own) && duty.length() >= 2 && !duty.equals(own)
                && title.replace("和", "").contains(duty.replace("和", ""))) {
            return false; // 《许昌市农业农村系统2024年度…工作安排》 in 许昌市农业农村局's report is its own
        }
        Matcher whole = WHOLE_PLACE.matcher(place.group("p"));
        if (whole.matches()) {
            return !own.endsWith(whole.group(1)); // 全县 in a 乡's report is its county
        }
        boolean department = UnitNames.isDepartment(own);
        return own.isEmpty() || !title.contains(own) && (department || !own.contains(place.group("p")));
    }

    /**
     * 按照彭山区法治政府建设领导小组印发的《2021年度法治政府建设重点工作安排》: a plan another body issued is not the
     * unit's, whatever its title says.
     */
    private static boolean issuedByAnother(String sentence, int at, String matched, String unit) {
        int open = matched.indexOf('《');
        if (open < 0 || !PLAN_WORDS.matcher(matched.substring(open)).find()) {
            return false;
        }
        int title = at + open;
        Matcher by = ISSUED_BY.matcher(sentence.substring(Math.max(0, title - ISSUER_SPAN), title));
        if (!by.find()) {
            return false;
        }
        String issuer = by.group("by");
        return !issuer.matches(".*[我本].*") && (unit == null || !issuer.contains(Normalizer.normalize(unit)));
    }

    /**
     * "每个自然村都培养了2名法律明白人" is a figure per village, not the unit's total (每年 is the year's); a pattern
     * that names 每人 itself (人均培训学时) reads a per-person figure on purpose.
     */
    private static boolean perUnit(String sentence, int at) {
        return PER_UNIT.matcher(sentence.substring(clauseStart(sentence, at), at)).find();
    }

    private static int clauseStart(String sentence, int at) {
        return Math.max(Math.max(sentence.lastIndexOf(',', at - 1), sentence.lastIndexOf('。', at - 1)),
                Math.max(sentence.lastIndexOf(';', at - 1), sentence.lastIndexOf('、', at - 1))) + 1;
    }

    /** "区城管局22卷" is one department's figure: the clause names a department and no total. */
    private static boolean subUnit(String sentence, int at) {
        String clause = sentence.substring(clauseStart(sentence, at), at);
        return SUB_UNIT.matcher(clause).find() && !OWN_TOTAL.matcher(clause).find();
    }
}
