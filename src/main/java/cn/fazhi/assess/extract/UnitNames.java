package cn.fazhi.assess.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting body's name as a report writes it in a title or a field ("中共浚县县委 浚县人民政府",
 * "鲤城区人民政府金龙街道办事处", "河北唐山芦台经济开发区管委会") → the unit's own name (浚县, 金龙街道,
 * 芦台经济开发区), and the level a name implies. Names are in normalized (simplified) text.
 */
final class UnitNames {
    static final String DEPARTMENT_SUFFIX = "管理局|监督管理局|总局|局|委员会|委|办公室|办|中心|厅|部|署|院";
    // 街 after 街道: Guangzhou's streets call themselves 鹤龙街, 珠吉街
    static final String PLACE_SUFFIX = "特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|县|区|旗|镇|乡|苏木|街道|街|新城";
    /** The provinces, autonomous regions and municipalities, by their full names. */
    static final List<String> PROVINCE_NAMES = List.of("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省",
            "吉林省", "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
            "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省",
            "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区");
    // a province's short name before a place of its own: 河北唐山…, 江西兴国县 (not 贵州省, 北京市)
    private static final Pattern PROVINCES = Pattern.compile("^(" + String.join("|",
            PROVINCE_NAMES.stream().map(UnitNames::shortName).toList()) + ")(?!省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)");
    private static final Pattern PARTY = Pattern.compile("^中共[\\u4e00-\\u9fff]{1,20}?(委员会|党工委|工委|委)[\\s、,和及与]*");
    // 管理委员会 is a zone's government (高新区管理委员会), not a department's name (市场监督管理委员会)
    private static final Pattern GOVERNMENT = Pattern.compile("(人民政府|政府|办事处|(?<=[区城园港岛湾])管理委员会|管委会|党工委)$");
    private static final Pattern NOT_A_UNIT = Pattern.compile("(干部|内部|局部|全部|总部|外部|支部|本部|党委|纪委|常委|政法委|编委|政协|法院"
            + "|检察院|中心组|办公会|委员会委员|工作部|领导小组办公室|依法治[\\u4e00-\\u9fff]{0,2}办)$");
    // 甘州区, 兰州新区, 杭州市, 贵州省: a 州 followed by a place word is part of one name, not a place of its own
    private static final String PLACE_END = "州(?:新区|区|县|市|旗|省)|" + PLACE_SUFFIX;
    private static final Pattern PLACE_TOKEN = Pattern.compile("[\\u4e00-\\u9fff]+?(" + PLACE_END + ")");
    private static final Pattern PARENT_IN_TEXT = Pattern.compile("[\\u4e00-\\u9fff]{2,}(街道|镇|乡|苏木)");
    private static final List<String> PARENT_LEVELS = List.of("县", "区", "市", "旗", "州");
    // places one after another; the last is the unit (重庆市长寿区 → 长寿区; 广州市 and 沙市镇 are one place each),
    // never a bare 新区 or 开发区 (兰州新区)
    private static final Pattern LAST_PLACE = Pattern.compile(
            "^(?:[\\u4e00-\\u9fff]+?(?:" + PLACE_END + "))*"
                    + "(?<last>(?!(?:新区|高新区|开发区|经济开发区|经开区)$)[\\u4e00-\\u9fff]+?(?:" + PLACE_END + "))$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(" + DEPARTMENT_SUFFIX + ")");
    private static final Pattern BARE_DEPARTMENT = Pattern.compile(
            "^(?!市中区)(省|市|州|县|区|旗|镇|乡)[\\u4e00-\\u9fff]{2,}(" + DEPARTMENT_SUFFIX + ")$");
    // 枣庄市中区 is 枣庄市 + 市中区 (a district of that name), written with one 市
    private static final Pattern ONE_SHI = Pattern.compile("(?<=[\\u4e00-\\u9fff]市)(?<!市市)中区");
    private static final Pattern GENERIC = Pattern.compile("^(全(?=[省市州县区旗镇乡街系面体])|我|本(?=[省市州县区旗镇乡街级部局单])|各|该|其|经济|市委|区委|县委|省委|党委|政府|市政府|区政府|县政府"
            + "|镇政府|乡政府|街道办|党工委|经济开发区|高新区|开发区|新区|市区|城区|辖区|地区|社区|管委会"
            // a verb or preposition opens a clause, never a name: 召开全市, 研究制定市, 在市, 遵循新区
            + "|在|按照|根据|遵循|围绕|召开|研究|制定|推动|推进|全面|深入|认真|坚持|加强|开展|组织|建立|健全|完善|落实|贯彻|印发"
            + "|出台|累计|实现|确保|指导|督促|积极|持续|不断|进一步|切实"
            + "|关于|报送|现将|城市|聚焦|调整|着力|立足|紧扣|围绕"
            // a one-character preposition opens a clause only before a place word (在市, 对全县, 由区司法局): 和平区,
            // 共和县, 都匀市, 将乐县 are names
            + "|[对由经向以为把将从与和及并等让使已均都共](?=[省市州县区旗镇乡街全我本各该]|法治))");
    // words of a clause, never of a name: 聚焦我市, 局主要领导多次主持局务会议研究部署
    // 大力推进全省, 省及市: a clause running into 全省 or joining two levels is no name
    private static final Pattern CLAUSE = Pattern.compile("^自治(区|州|县|旗)$|[全各本我该其每](省|市|县|区|旗|镇|乡|地区)$|[与及](省|市|州|县|区|旗)$|及时|调整|成员|我(省|市|州|县|区|旗|镇|乡|局)|本(市|县|区|镇|局)|会议|主持|领导|部署|多次|负责人|履行|根据|按照|依据|成立|组长|下设|设立|听取|主动|担当|助力|培训班|^[一二三四五六七八九十]是");
    private static final Pattern MINISTRY = Pattern.compile("^(国家)?[\\u4e00-\\u9fff]{2,10}(部|总局|总署|署)$");
    // 广州市公安局增城区分局, 住房和城乡建设局: a token holding an office or 城乡 is no place
    private static final Pattern OFFICE_IN_TOKEN = Pattern.compile("局|厅|委|办|城乡");
    private static final Set<String> NOT_A_PLACE = Set.of("城市", "城区", "市区", "县城", "都市");
    // machine conversion to traditional script sometimes leaves pinyin after a character: 龍湖區(qū)
    static final Pattern GLOSS = Pattern.compile("\\([a-zA-Z\\u00c0-\\u01dc\\u0300-\\u036f]{1,8}\\)");
    // one government under two names: 高新区(新市区)
    private static final Pattern ALIAS = Pattern.compile("[\\u4e00-\\u9fff]{2,12}(区|县|市|新城)\\([\\u4e00-\\u9fff]{2,12}(区|县|市)\\)");
    // a page's 来源 names the office that posted it: 党政办 is no unit
    private static final Pattern INTERNAL_OFFICE = Pattern.compile("(党政|党政综合|综合|党群|行政)?办(公室)?");
    // the government's own office reporting on itself: 我厅, 厅党组 (陕西省人民政府办公厅)
    private static final Pattern OFFICE_VOICE = Pattern.compile("我厅|本厅|厅党组|厅机关|我办[^理结案件]|本办|办党组");
    private static final int OFFICE_VOICE_SPAN = 600;
    // 元谋县县卫生健康局: the place's level written twice before a department
    private static final Pattern DOUBLED_PLACE = Pattern.compile("(县|区|旗)\\1(?=[\\u4e00-\\u9fff]+(局|委员会|委|办公室|办|中心|厅)$)");
    private static final Pattern PREFECTURE_BEFORE_PLACE = Pattern.compile("([\\u4e00-\\u9fff]{2,4}?)(?![市州])[\\u4e00-\\u9fff]{1,6}?(区|县|旗)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private UnitNames() {
    }

    /**
     * The unit's own name, or null when the text is not a name. For a government the parent places are
     * dropped (重庆市长寿区 → 长寿区); a department keeps its place (武汉市市场监管局). {@code body} (the
     * report's normalized text) lets a name with an unsplittable prefix (河北唐山芦台经济开发区) be cut to
     * the shortest ending the report itself uses.
     */
    static String canonical(String raw, String body) {
        String name = GLOSS.matcher(SPACES.matcher(raw).replaceAll("")).replaceAll("");
        for (Matcher m = PARTY.matcher(name); m.find() && m.end() < name.length(); m = PARTY.matcher(name)) {
            name = name.substring(m.end());
        }
        // a place's party committee reporting alone (中共张店区房镇镇委员会) reports for the place
        name = name.replaceFirst("^中共([\\u4e00-\\u9fff]{2,20}?(" + PLACE_SUFFIX + "))(委员会|党工委|工委|委)$", "$1");
        name = name.replaceFirst("^关于", "");
        int about = name.indexOf("关于");
        name = about > 0 ? name.substring(0, about) : name;
        String[] parts = name.split("[、,\\s]|(?<=委|委员会|党工委|政府)[和及与]");
        name = DOUBLED_PLACE.matcher(parts[parts.length - 1]).replaceFirst("$1");
        name = ONE_SHI.matcher(name).replaceFirst("市中区");
        if (INTERNAL_OFFICE.matcher(name).matches()) {
            return null;
        }
        if (name.matches("(省|市|州|县|区|旗)(人民政府|政府)(办公室|办公厅|办)")) {
            return name; // "现将市政府办公室2022年度…报告如下": the office reports on itself; its place is completed later
        }
        if (name.matches(".+(人民政府|政府)(办公室|办公厅)") && body != null
                && OFFICE_VOICE.matcher(body.substring(0, Math.min(body.length(), OFFICE_VOICE_SPAN))).find()) {
            return department(name);
        }
        name = name.replaceFirst("(人民政府|政府)(办公室|办公厅|办)$", "");
        name = GOVERNMENT.matcher(name).replaceAll("");
        name = name.replaceFirst("(人民政府|政府)(?=[\\u4e00-\\u9fff]+(街道|镇|乡|" + DEPARTMENT_SUFFIX + ")$)", "");
        if (name.endsWith("街道办")) {
            name = name.substring(0, name.length() - 1);
        }
        if (ALIAS.matcher(name).matches()) {
            return name;
        }
        if (name.length() < 2 || NOT_A_UNIT.matcher(name).find() || CLAUSE.matcher(name).find()
                || GENERIC.matcher(name).find() && !BARE_DEPARTMENT.matcher(name).matches()) {
            return null;
        }
        if (isDepartment(name)) {
            return department(name);
        }
        Matcher last = LAST_PLACE.matcher(name);
        if (!last.matches()) {
            return null;
        }
        String place = last.group("last");
        String stripped = PROVINCES.matcher(place).replaceFirst("");
        // 北京经济技术开发区: the place is part of the zone's own name
        return shortestUsed(GENERIC.matcher(stripped).find() ? place : stripped, body);
    }

    /** "县司法局", "市市场监管局": a department named without its place, to be completed from elsewhere. */
    static boolean isBare(String name) {
        return BARE_DEPARTMENT.matcher(name).matches();
    }

    /** Whether a department's name holds its place (陇西县司法局), not only its office (司法局). */
    static boolean hasPlace(String name) {
        Matcher m = PLACE_TOKEN.matcher(PROVINCES.matcher(name).replaceFirst(""));
        return m.lookingAt() && isPlace(m.group());
    }

    static boolean isDepartment(String name) {
        return DEPARTMENT.matcher(name).matches() && !name.endsWith("管委会");
    }

    /** county = 县/区/县级市/县级开发区; township = 乡/镇/街道; department = a government department. */
    static String level(String unit) {
        if (unit.matches(".*(街道|镇|乡|苏木|街)")) {
            return "township";
        }
        if (MINISTRY.matcher(unit).matches() && !LAST_PLACE.matcher(unit).matches()) {
            return "ministry";
        }
        if (isDepartment(unit)) {
            return "department";
        }
        if (unit.matches(".*(省|自治区)") || unit.matches("(北京|天津|上海|重庆)市")) {
            return "province";
        }
        if (unit.matches(".*(自治州|州|盟|地区)")) {
            return "city";
        }
        if (unit.endsWith("市")) {
            return PrefectureCities.contains(unit) ? "city" : "county";
        }
        return "county";
    }

    private static String department(String name) {
        String stripped = PROVINCES.matcher(name).replaceFirst("");
        List<String> tokens = new ArrayList<>();
        Matcher m = PLACE_TOKEN.matcher(stripped);
        int end = 0;
        while (m.find() && m.start() == end) {
            String rest = stripped.substring(m.end());
            if (!rest.matches("[\\u4e00-\\u9fff]{2,}") || !isPlace(m.group())) {
                break;
            }
            tokens.add(m.group());
            end = m.end();
        }
        if (tokens.size() <= 1) {
            return stripped;
        }
        return tokens.get(tokens.size() - 1) + stripped.substring(end);
    }

    /** 河北唐山芦台经济开发区 → 芦台经济开发区 when the report calls itself that. */
    private static String shortestUsed(String name, String body) {
        String best = name;
        for (int cut = 1; cut < name.length() - 2; cut++) {
            String tail = name.substring(cut);
            if (GENERIC.matcher(tail).find() || tail.matches("[\\u4e00-\\u9fff]?(" + PLACE_SUFFIX + ")")) {
                break;
            }
            if (body != null && count(body, tail) > count(body, best)) {
                best = tail;
            }
        }
        return best;
    }

    /**
     * 奉节鱼复街道 (a file name) → 鱼复街道 where the report names 奉节县 as a place of its own, or names only
     * 舒桥 of 青田舒桥乡; 营口老边区 → 老边区 (营口 is a prefecture city): the parent's name is no part of the
     * unit's. Departments keep their place.
     */
    static String withoutParent(String name, String body) {
        if (isDepartment(name)) {
            // 汕头龙湖区水务局: a prefecture city's short name before its district's department
            Matcher m = PREFECTURE_BEFORE_PLACE.matcher(name);
            return m.lookingAt() && PrefectureCities.contains(m.group(1) + "市") && hasPlace(name.substring(m.end(1)))
                    ? name.substring(m.end(1)) : name;
        }
        for (int cut = 2; cut <= name.length() - 2; cut++) {
            String parent = name.substring(0, cut);
            String rest = name.substring(cut);
            if (rest.length() == 2 && !rest.endsWith("县")) {
                continue; // 盂县, 滑县 are counties of one character; no 区 or 镇 is
            }
            if (GENERIC.matcher(rest).find()) {
                continue;
            }
            boolean township = PARENT_IN_TEXT.matcher(rest).matches();
            // 营口老边区: a prefecture city's name before a place of its own
            boolean city = LAST_PLACE.matcher(rest).matches() && PrefectureCities.contains(parent + "市");
            // 青田舒桥乡 where the report speaks of 法治舒桥 and never of 青田
            String core = rest.replaceFirst("(街道|镇|乡|苏木)$", "");
            boolean ownCore = township && core.length() >= 2 && body.contains(core) && !body.contains(parent);
            if (township && PARENT_LEVELS.stream().anyMatch(level -> body.contains(parent + level)) || city || ownCore) {
                return rest;
            }
        }
        return name;
    }

    /** A token ending like a place that is one (not 城市, not 公安局增城区, not 住房和城乡). */
    private static boolean isPlace(String token) {
        return !NOT_A_PLACE.contains(token) && !OFFICE_IN_TOKEN.matcher(token).find();
    }

    /** 广西壮族自治区 → 广西, 湖北省 → 湖北. */
    static String shortName(String province) {
        return province.replaceFirst("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
    }

    /** How often {@code s} stands in {@code body} (counted up to 1,000). */
    static int count(String body, String s) {
        int n = 0;
        for (int i = body.indexOf(s); i >= 0 && n < 1000; i = body.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
