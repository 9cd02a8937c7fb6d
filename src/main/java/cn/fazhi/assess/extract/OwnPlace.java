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
    private static final Pattern VOICE = Pattern.compile("我(省|市|州|盟|县|区|旗|镇|乡|街道|街)(?!长|委|民|们)");
    // the unit speaking of itself without 我: "现将县人民政府2022年…", "2022年,市政府坚持…", "省人民政府关于…"
    private static final Pattern BARE_SELF = Pattern.compile(
            "(?m)(现将|^\\s*(19|20)\\d\\d\\s*年度?\\s*[,，]\\s*|^\\s*)(?<v>省|市|县|区|旗|镇|乡)(人民)?政府(?!办)");
    private static final Pattern TOWNSHIP_VOICE = Pattern.compile("全(镇|乡)|(镇|乡)党委");
    // words a place name never runs on into: 市场, 市民, 县城, 区域, 镇级
    private static final String NOT_AFTER = "(?!场|民|长|级|域|直|城|内|外|里|属|情)";
    // 市县, 全街, 自治区: a level word or 全 before the ending, or 自治 alone, is no name
    // a clause that runs into a level word is no name either: 通过县委常委会, 始终在县委领导下, 依托镇综治中心,
    // 将学法纳入市政府常务会议
    private static final Pattern NO_NAME = Pattern.compile("[省市州县区旗镇乡全各本我该其每](街道|街|省|市|州|盟|县|区|旗|镇|乡)$|^自治"
            + "|在|的|了|通过|始终|依托|接受|自觉|指导|引导|监督|围绕|推动|参加|组织|召开|开展|部署|全面|深入|认真|坚持|加强|落实"
            + "|贯彻|推进|建立|健全|完善|印发|出台|实现|确保|督促|积极|持续|不断|切实|服务|保障|助力|聚焦|打造|纳入|列入|学法|学习");
    // a place the report names as a body at least once (《岳阳县…》, 中共邹城市委, 下太镇委党校, 荷城街道实际), not only
    // in a clause that runs into it (通过县人大…, 依托镇…)
    private static final Pattern AS_A_BODY_AFTER = Pattern.compile(
            "^(委|党|人民政府|政府|办事处|管委会|法治|依法|经济社会|实际|各项|辖区)");
    private static final List<String> AS_A_BODY_BEFORE = List.of("《", "中共", "现将", "推荐");
    private static final String BEFORE = "(?:《|中共|^|[,，。;；:：、\\s(“\"]|在|是|为|对|结合|推荐|全面推进|深化)";

    /** A place the text names, with where it first stands. */
    record Named(String name, int start, int end) {
    }

    private OwnPlace() {
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
            return township.find() ? township.group().replaceAll("全|党委", "") : null;
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
        Pattern token = Pattern.compile(BEFORE + "(?<p>[\\u4e00-\\u9fff]{1,8}?" + ending + ")" + NOT_AFTER,
                Pattern.MULTILINE);
        Map<String, Named> byRaw = new HashMap<>();
        Map<String, Named> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = token.matcher(span);
        for (int n = 0; n < MAX_TOKENS && m.find(); n++) {
            String raw = m.group("p");
            if (!byRaw.containsKey(raw)) {
                // the cheap check first; canonical cuts 是杨集镇 to the 杨集镇 the text uses most
                String name = NO_NAME.matcher(raw).find() ? null : UnitNames.canonical(raw, span);
                boolean place = name != null && name.length() >= shortest && name.matches(".+" + ending) && !UnitNames.isDepartment(name)
                        && !NO_NAME.matcher(name).find() && namedAsABody(span, raw);
                byRaw.put(raw, place ? new Named(name, m.start("p"), m.end("p")) : null);
            }
            Named named = byRaw.get(raw);
            if (named != null) {
                first.putIfAbsent(named.name(), named);
                counts.merge(named.name(), 1, Integer::sum);
            }
        }
        Named best = null;
        for (Named named : first.values()) {
            if (best == null || counts.get(named.name()) > counts.get(best.name())) {
                best = named;
            }
        }
        return best;
    }

    /** The place of a bare department (市水务局) where the text also names it whole (武汉市水务局), or null. */
    static Named withPlace(String body, String bare) {
        String span = span(body);
        Matcher m = Pattern.compile(BEFORE + "(?<p>[\\u4e00-\\u9fff]{1,8}?" + Pattern.quote(bare.substring(0, 1)) + ")"
                + Pattern.quote(bare.substring(1)), Pattern.MULTILINE).matcher(span);
        while (m.find()) {
            String name = UnitNames.canonical(m.group("p"), span);
            if (name != null && name.length() >= 2 && !NO_NAME.matcher(name).find()) {
                return new Named(name, m.start("p"), m.end("p"));
            }
        }
        return null;
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
