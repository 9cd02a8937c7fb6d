package cn.fazhi.assess.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a report calls its own when it names itself only as 我县 / 全镇 / 县人民政府: the place of that kind it
 * names most often (《岳阳县法治政府建设实施方案》, 在下太镇落地生根), as a careful reader finds it. Also the place
 * of a department named without one (市司法局 in a report that names 南阳市). Texts are normalized.
 */
final class OwnPlace {
    /** The part of a text searched: a report names itself early, and a bound keeps a 2 MB text linear. */
    static final int SPAN = 30_000;
    private static final int MAX_TOKENS = 300;
    // a bureau, a department or an office speaking of itself (我局, 厅党组)
    private static final Pattern OFFICE_VOICE = Pattern.compile("我(局|厅|委|办)|本(局|厅|委)|(局|厅|委|办)党组");
    private static final Pattern VOICE = Pattern.compile("我(省|市|州|盟|县|区|旗|镇|乡|街道|街)(?!长|委|民|们)");
    // the unit speaking of itself without 我: "现将县人民政府2022年…", "2022年,市政府坚持…", "省人民政府关于…",
    // "2025年,县委、县政府坚持…", "2022年,在内江市委、市政府和隆昌市委坚强领导下,…,市政府坚持…"
    private static final Pattern BARE_SELF = Pattern.compile("(?m)(现将|^\\s*(19|20)\\d\\d\\s*年度?\\s*[,，]\\s*"
            + "([^,。\\n]{2,40}?(领导|指导|支持)下[,，]\\s*){0,3}|^\\s*)(?<v>省|市|县|区|旗|镇|乡)(委[、和]\\k<v>)?(人民)?政府(?!办)");
    private static final Pattern TOWNSHIP_VOICE = Pattern.compile("全(镇|乡)|(镇|乡)党委");
    // words a place name never runs on into: 市场, 市民, 县城, 区域, 镇级
    private static final String NOT_AFTER = "(?!场|民|长|级|域|直|城|内|外|里|属|情)";
    // 市县, 全街, 自治区: a level word or 全 before the ending, or 自治 alone, is no name
    // a clause that runs into a level word is no name either: 通过县委常委会, 始终在县委领导下, 依托镇综治中心,
    // 将学法纳入市政府常务会议
    private static final Pattern NO_NAME = Pattern.compile("[省市州县区旗镇乡全各本我该其每](街道|街|省|市|州|盟|县|区|旗|镇|乡)$|^自治"
            + "|在|的|了|通过|始终|依托|接受|自觉|指导|引导|监督|围绕|推动|参加|组织|召开|开展|部署|全面|深入|认真|坚持|加强|落实"
            + "|贯彻|推进|建立|健全|完善|印发|出台|实现|确保|督促|积极|持续|不断|切实|服务|保障|助力|聚焦|打造|纳入|列入|学法|学习"
            + "|全会|会议|精神");
    // a place the report names as a body at least once (《岳阳县…》, 中共邹城市委, 下太镇委党校, 荷城街道实际), not only
    // in a clause that runs into it (通过县人大…, 依托镇…)
    private static final Pattern AS_A_BODY_AFTER = Pattern.compile(
            "^(委|党|人民政府|政府|办事处|管委会|法治|依法|经济社会|实际|各项|辖区)");
    // 法治盂县, 平安盂县: a report's slogans name its place
    private static final String SLOGAN_WORDS = "法治|平安";
    private static final List<String> AS_A_BODY_BEFORE = List.of("《", "中共", "现将", "推荐", "法治", "平安");
    private static final String BEFORE = "(?:《|中共|^|[,，。;；:：、\\s(“\"]|在|是|为|对|结合|推荐|全面推进|深化|" + SLOGAN_WORDS + ")";
    // where a slogan stands, the place starts after it; no place starts with 建设 or 示范 (法治建设示范县)
    private static final String NOT_A_START = "(?!" + SLOGAN_WORDS + "|建设|示范|先进|创建|政府)";
    // 法治岳阳, 平安南充: a slogan names the city without its 市
    private static final Pattern SLOGAN = Pattern.compile("(" + SLOGAN_WORDS + ")(?<x>[\\u4e00-\\u9fff]{2,3})");
    // "全市各级行政机关坚持…", "全省上下": the government speaking of its whole place (not 全区农业领域, a department's)
    private static final Pattern WHOLE_VOICE = Pattern.compile("全(省|市|县|区|旗)(各级(各类)?(行政机关|政府)|各级各部门|上下)");
    // a department that speaks as 我局 and names itself once with its place: 盐城市交通运输局被交通运输部表彰…,
    // 《龙岩市永定区卫生健康局参与…》; not as a superior's clause (在市交通运输局的指导下)
    private static final Pattern DEPARTMENT = Pattern.compile(BEFORE + "(?<p>" + NOT_A_START
            + "[\\u4e00-\\u9fff]{1,8}?(省|市|州|盟|县|区|旗)[\\u4e00-\\u9fff]{2,10}?局)(?!的?(正确|坚强|有力|精心)?(领导|指导))",
            Pattern.MULTILINE);

    /** A place the text names, with where it first stands. */
    record Named(String name, int start, int end) {
    }

    private OwnPlace() {
    }

    /** Whether the report speaks of itself as a place (我区, 我县 …). */
    static boolean speaksAsGovernment(String body) {
        String span = span(body);
        return VOICE.matcher(span).find() && !OFFICE_VOICE.matcher(span).find();
    }

    /** The kind of place the report speaks of itself as (县 for 我县), or null. */
    static String voice(String body) {
        String span = span(body);
        Map<String, Integer> counts = new LinkedHashMap<>(); // the first met wins a tie
        for (Matcher m = VOICE.matcher(span); m.find(); ) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            Matcher bare = BARE_SELF.matcher(span);
            if (bare.find()) {
                return bare.group("v");
            }
            Matcher township = TOWNSHIP_VOICE.matcher(span);
            if (township.find()) {
                return township.group().replaceAll("全|党委", "");
            }
            // "全市各级行政机关坚持…": the whole of the place the report is about
            for (Matcher whole = WHOLE_VOICE.matcher(span); whole.find(); ) {
                counts.merge(whole.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The place ending in {@code kind} (县, 镇, 街道 …; 省 for a province) the text names most often, the first
     * named on a tie; null when it names none.
     */
    static Named mostNamed(String body, String kind) {
        String span = span(body);
        if (kind.equals("省")) {
            return province(span);
        }
        int shortest = kind.length() + (kind.equals("县") ? 1 : 2);
        // a street that says 我街 names itself X街道 as often as X街
        String ending = kind.equals("街") ? "街(?:道)?" : Pattern.quote(kind);
        Pattern token = Pattern.compile(BEFORE + "(?<p>" + NOT_A_START + "[\\u4e00-\\u9fff]{1,8}?" + ending + ")" + NOT_AFTER,
                Pattern.MULTILINE);
        Map<String, Named> byRaw = new HashMap<>();
        Map<String, Named> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = token.matcher(span);
        for (int n = 0; n < MAX_TOKENS && m.find(); n++) {
            String raw = m.group("p");
            if (!byRaw.containsKey(raw)) {
                // the cheap check first; canonical cuts 是杨集镇 to the 杨集镇 the text uses most
                String name = noName(raw) ? null : UnitNames.canonical(raw, span);
                boolean place = name != null && name.length() >= shortest && name.matches(".+" + ending) && !UnitNames.isDepartment(name)
                        && !noName(name) && namedAsABody(span, raw);
                byRaw.put(raw, place ? new Named(name, m.start("p"), m.end("p")) : null);
            }
            Named named = byRaw.get(raw);
            if (named != null) {
                first.putIfAbsent(named.name(), named);
                counts.merge(named.name(), 1, Integer::sum);
            }
        }
        return mostCounted(first, counts);
    }

    /** The department with its place (a 局) the text names most often, the first named on a tie; null when none. */
    static Named mostNamedDepartment(String body) {
        String span = span(body);
        Map<String, Named> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = DEPARTMENT.matcher(span);
        for (int n = 0; n < MAX_TOKENS && m.find(); n++) {
            String name = UnitNames.canonical(m.group("p"), span);
            if (name != null && UnitNames.isDepartment(name) && UnitNames.hasPlace(name) && !noName(name)) {
                first.putIfAbsent(name, new Named(name, m.start("p"), m.end("p")));
                counts.merge(name, 1, Integer::sum);
            }
        }
        return mostCounted(first, counts);
    }

    /** Of the values first met under each name, the one whose name was counted most; the first met on a tie. */
    static <T> T mostCounted(Map<String, T> first, Map<String, Integer> counts) {
        T best = null;
        int bestCount = 0;
        for (Map.Entry<String, T> e : first.entrySet()) {
            if (counts.get(e.getKey()) > bestCount) {
                best = e.getValue();
                bestCount = counts.get(e.getKey());
            }
        }
        return best;
    }

    /** The city a report's slogans name (法治岳阳, 平安岳阳 → 岳阳市), for a bare 市 department; or null. */
    private static Named sloganCity(String body) {
        String span = span(body);
        for (Matcher m = SLOGAN.matcher(span); m.find(); ) {
            for (int end = m.end("x"); end > m.start("x") + 1; end--) {
                String city = span.substring(m.start("x"), end) + "市";
                if (PrefectureCities.contains(city)) {
                    return new Named(city, m.start(), end);
                }
            }
        }
        return null;
    }

    /**
     * The place of a bare department (市水务局): where the text names it whole (武汉市水务局), else the place of its
     * kind the text names most often (南阳市 in passing), else for a 市 the city of its slogans (法治岳阳); or null.
     */
    static Named placeOfBare(String body, String bare) {
        String kind = bare.substring(0, 1);
        Named place = withPlace(body, bare);
        place = place != null ? place : mostNamed(body, kind);
        return place != null || !kind.equals("市") ? place : sloganCity(body);
    }

    /** The place of a bare department (市水务局) where the text also names it whole (武汉市水务局), or null. */
    private static Named withPlace(String body, String bare) {
        String span = span(body);
        Matcher m = Pattern.compile(BEFORE + "(?<p>[\\u4e00-\\u9fff]{1,8}?" + Pattern.quote(bare.substring(0, 1)) + ")"
                + Pattern.quote(bare.substring(1)), Pattern.MULTILINE).matcher(span);
        while (m.find()) {
            String name = UnitNames.canonical(m.group("p"), span);
            if (name != null && name.length() >= 2 && !noName(name)) {
                return new Named(name, m.start("p"), m.end("p"));
            }
        }
        return null;
    }

    /** 景德镇市 ends like 市县 but is a city's name. */
    private static boolean noName(String s) {
        return NO_NAME.matcher(s).find() && !PrefectureCities.contains(s);
    }

    private static boolean namedAsABody(String span, String raw) {
        for (int i = span.indexOf(raw); i >= 0; i = span.indexOf(raw, i + 1)) {
            int at = i;
            if (AS_A_BODY_AFTER.matcher(span).region(i + raw.length(), span.length()).lookingAt()
                    || AS_A_BODY_BEFORE.stream().anyMatch(w -> span.startsWith(w, at - w.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Named province(String span) {
        Named best = null;
        int bestCount = 0;
        for (String province : UnitNames.PROVINCE_NAMES) {
            String shortName = UnitNames.shortName(province);
            int count = UnitNames.count(span, shortName);
            if (count > bestCount) {
                int at = span.indexOf(shortName);
                best = new Named(province, at, at + shortName.length());
                bestCount = count;
            }
        }
        return best;
    }

    private static String span(String body) {
        return body.substring(0, Math.min(body.length(), SPAN));
    }
}
