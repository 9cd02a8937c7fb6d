package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.Normalizer;
import cn.fazhi.assess.read.ReportText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who reports, at which level, for which year. The unit comes from the first of: the title (one line or
 * two, 中共…委 / 人民政府 / 办事处 / 管委会 / 关于), a saved page's 发布机构 or 来源, "现将…报告如下", the subject
 * of the opening sentence, the place a report that says 我县 names most often ({@link OwnPlace}), and the file
 * name; "县司法局" is completed from the others. The level
 * comes from the name, or from what the text says when there is no name. The year is the year reported on,
 * so dates in page chrome (成文日期, 发布时间) are ignored. Each value keeps the words it came from.
 */
final class MetaExtractor {
    private static final int HEAD_LINES = 40;
    // each candidate is checked against the whole text: a bound keeps a 2 MB one-line text linear
    private static final int MAX_CANDIDATES = 12;
    private static final String NAME = "[\\u4e00-\\u9fff]{1,20}?(?:" + UnitNames.PLACE_SUFFIX
            + "|高新技术产业开发区|经济技术开发区|高新区|开发区|新区|" + UnitNames.DEPARTMENT_SUFFIX + ")";
    // a title split after its subject ("…2022年法治政府建设" / "年度报告") ends its first line at 建设
    private static final String REPORT_WORDS = "(法治|依法行政|法制)[^\\n]{0,30}((报告|情况|总结|汇报)|建设[^\\n]{0,6}$)";
    private static final Pattern TITLE = Pattern.compile(
            "^[\\s《]*(?<u>[^\\n]{0,60}?)\\s*(关于)?(报送|呈报|上报)?\\s*(?<y>(19|20)\\d\\d)\\s*年?度?[^\\n]{0,30}?" + REPORT_WORDS);
    private static final int TITLE_LENGTH = 100;
    private static final Pattern TITLE_UNIT = Pattern.compile("[\\u4e00-\\u9fff\\s、()a-zA-Z\\u00c0-\\u01dc\\u0300-\\u036f]*");
    // "长春市人民政府关于" / "2023年度法治政府建设情况的报告": the name line may end with 关于
    private static final Pattern TITLE_NAME_LINE = Pattern.compile(
            "^\\s*(?<u>[\\u4e00-\\u9fff\\s、]{2,40}?(人民政府?|政府|办事处|管委会|管理委员会|" + UnitNames.DEPARTMENT_SUFFIX + "))\\s*(关于)?\\s*$");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "^\\s*(19|20)\\d\\d\\s*年度?(?<u>[\\u4e00-\\u9fff]{2,20}?)(人民政府|政府)?(法治政府建设|法治建设|依法行政)");
    private static final Pattern FIELD = Pattern.compile(
            "(发布机构|发文机关|信息来源|来源|发布单位)\\s*[|:：]?\\s*(?<u>[\\u4e00-\\u9fff]{2,30})");
    private static final Pattern REPORTED = Pattern.compile("现将(?<u>" + NAME + ")(人民政府|政府|办事处|管委会)?((19|20)\\d\\d年|法治|依法)");
    private static final String VERBS = "(始终|坚持|全面|深入|认真|紧紧|以|立足|围绕|法治政府建设|法治建设|紧扣|聚焦|持续|积极|高度|扎实|不断"
            + "|切实|严格|着力|牢牢|在|按照|依法|大力|进一步|统筹|锚定|把|将|强化|加强|全力|始终坚持|坚决|紧密|主动|高标准)";
    // the opening sentence's subject may act 根据 its superiors' plans; later in the text 区司法局根据… is a sub-unit
    private static final String OPENING_VERBS = VERBS.substring(0, VERBS.length() - 1) + "|根据|依据)";
    // "2023年,在区委、区政府的正确领导下,省厅的指导下,新市街道办事处坚持…", "今年以来,龍華街道堅持…"
    // a subject with its party and government ("桑日镇党委、政府", "唐山市委、市政府") or an alias in brackets
    // "青岛西海岸新区工委(区委)、管委(区政府)": a zone's working committee and administration, each with its alias
    private static final String ALIAS_IN_BRACKETS = "(?:\\([^)]{1,16}\\))?";
    private static final String BODIES = "(人民政府|政府|党委|党工委|办事处|管委会|管理委员会|工委|管委|委)?" + ALIAS_IN_BRACKETS
            + "([、和]?(党委|党工委|人民政府|政府|管委会|管委|(省|市|州|县|区|旗)(人民)?政府))?" + ALIAS_IN_BRACKETS;
    private static final String LEADING_CLAUSE = "(在|按照|根据)[^,。]{2,40}?[,，]\\s*";
    // a sentence may open with its superiors' lead and no year: "2021年是…开局之年…。在区委、区政府的正确领导下,松洲街以…",
    // "在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持…"
    private static final String UNDER_THE_LEAD = "在[^,。]{2,40}?(下|上|中)[,，]\\s*";
    // the fewest leading clauses first, and none that is the subject itself: "2023年,长治市城市管理局在市委、市政府的
    // 正确领导下,…" is no clause "…领导下," before a subject; a sentence of preamble may come first ("…必由之路。2024年,…")
    private static final Pattern OPENING = Pattern.compile("(^|[。！])\\s*(((19|20)\\d\\d\\s*年(度|以来)?|今年以来)\\s*[,，]\\s*"
            + "(" + LEADING_CLAUSE + "|(?!在|按照|根据)[^,。]{2,30}?(领导|指导|部署|支持)下[,，]\\s*){0,3}?|(" + UNDER_THE_LEAD + "){1,2}?)"
            + "(?!在|按照|根据|依据)(?<u>" + NAME + ")" + BODIES + "(?=" + OPENING_VERBS + ")");
    // the opening paragraph: the first line of thirty characters or more that reads as sentences
    private static final int OPENING_PARAGRAPH = 30;
    private static final Pattern PARAGRAPH = Pattern.compile("[\\u4e00-\\u9fff][,，。]");
    // "护国街道坚持以习近平新时代中国特色社会主义思想为指导,…现将2025年…": the paragraph's first words are its subject
    private static final Pattern OPENING_WITHOUT_YEAR = Pattern.compile("^\\s*(?<u>" + NAME + ")" + BODIES + "(?=" + OPENING_VERBS + ")");
    // "2023 年,邹城坚持…": a county-level city or county opening under its short name
    private static final Pattern SHORT_OPENING = Pattern.compile("(^|[。！])\\s*(19|20)\\d\\d\\s*年度?\\s*[,，]\\s*"
            + "(?<u>[\\u4e00-\\u9fff]{2,3}?)(?<![省市州县区旗镇乡街委府])(?=" + OPENING_VERBS + ")");
    private static final List<String> SHORT_NAME_ENDINGS = List.of("市", "县", "区", "旗");
    private static final Pattern SUBJECT = Pattern.compile("[,，。]\\s*(?<u>" + NAME + ")" + BODIES + "(?=" + VERBS + ")");
    // "这一年,唐山市委、市政府以…": a place's party committee and government together are the unit, met once or not
    private static final Pattern PARTY_AND_GOVERNMENT = Pattern.compile("(^|[,，。])\\s*(?<u>" + NAME + ")(委|党委|党工委)、?"
            + "(省|市|州|县|区|旗|镇|乡)?(人民)?政府(?=" + VERBS + ")", Pattern.MULTILINE);
    // the unit's own document named with its name (《长武县2021年法治政府建设工作要点》, 《岳阳市人民政府2025年度…目录》),
    // taken only where the text also speaks of itself as 我县 / 我市 …: a report without a title that names no one else
    private static final Pattern OWN_DOCUMENT = Pattern.compile(
            "《(?<u>[\\u4e00-\\u9fff]{1,12}?(省|市|州|盟|县|区|旗|镇|乡|街道))(人民政府|政府)?(19|20)\\d\\d年");
    private static final Pattern OWN_DOCUMENT_BY_GOVERNMENT = Pattern.compile(
            "《(?<u>[\\u4e00-\\u9fff]{1,12}?(省|市|州|盟|县|区|旗|镇|乡|街道))人民政府");
    private static final int OWN_DOCUMENT_SPAN = 4000;
    // a department that speaks of itself as 我局 names itself by its 党组 or 机关 (市财政局党组), its place left out
    private static final Pattern DEPARTMENT_BODY = Pattern.compile(
            "(?<u>(省|市|州|县|区|旗)[\\u4e00-\\u9fff]{1,8}?(局|厅|委))(党组|党委|机关)");
    private static final Pattern SPEAKS_AS_DEPARTMENT = Pattern.compile("我局|(?<!基)本局(?!面|势)");
    private static final Pattern FILE_CUT = Pattern.compile("关于|法治|依法|年度|报告|[^\\u4e00-\\u9fff]");
    private static final Pattern FILE_NOISE = Pattern.compile("^[\\d_\\-\\s.]+|(19|20)\\d\\d.*$|_.*$");
    private static final List<Pattern> YEAR = List.of(
            Pattern.compile("^\\s*[\\u4e00-\\u9fff()（）\\s]{0,40}?(?<y>(19|20)\\d\\d)\\s*年?度?[^\\n]{0,30}(法治|依法行政)[^\\n]{0,20}(报告|情况)"),
            Pattern.compile("现将[^\\n]{0,30}?(?<y>(19|20)\\d\\d)年度?"),
            Pattern.compile("^\\s*(?<y>(19|20)\\d\\d)\\s*年(度|以来)?\\s*[,，]"),
            // 2020年是全面建成小康社会…收官之年: the opening names the year it reports on
            Pattern.compile("^\\s*(?<y>(19|20)\\d\\d)\\s*年是"),
            // an opening that begins with 根据… and comes to its year later: "…的具体部署,2023年,清波街道以…"
            Pattern.compile("[,，。;]\\s*(?<y>(19|20)\\d\\d)\\s*年(以来)?\\s*[,，]"),
            Pattern.compile("(?<y>(19|20)\\d\\d)年度"),
            // the last resort: the first dated event of the opening (今年以来 … 于2020年3月18日印发了…)
            Pattern.compile("(?<y>(19|20)\\d\\d)年\\d{1,2}月"));
    private static final Pattern ANY_YEAR = Pattern.compile("(?<y>(19|20)\\d\\d)年");
    private static final Pattern TOWNSHIP_TEXT = Pattern.compile("我(镇|乡|街道|街)|全(镇|乡|街道)|镇党委|街道?党工委|镇政府|乡政府|街道办事处|辖区(内)?\\d+个(行政)?村");
    private static final Pattern DEPARTMENT_TEXT = Pattern.compile("我局|本局|局党组|全(市|县|区|省)[\\u4e00-\\u9fff]{2,6}系统");
    private static final Pattern COUNTY_TEXT = Pattern.compile("我(县|区|旗)|全(县|区|旗)|各乡镇|乡镇\\(街道\\)|镇\\(街道\\)");

    /** A meta value with the words of the report (or the file name) it was read from. */
    record Meta(String unit, String level, Integer year, String unitQuote, String levelQuote, String yearQuote) {
    }

    private record Found(String name, String quote) {
    }

    Meta extract(ReportText text, Segmentation segments, String fileName) {
        List<Line> head = firstLines(segments);
        String body = text.normalized();
        List<Found> candidates = candidates(text, head, fileName);
        boolean department = speaksAsDepartment(body);
        Found unit = choose(candidates, department, body);
        String level = null;
        String levelQuote = null;
        if (unit != null) {
            level = UnitNames.level(unit.name());
            levelQuote = unit.name();
        } else {
            Matcher m = levelHint(body);
            if (m != null) {
                level = m.pattern() == TOWNSHIP_TEXT ? "township" : m.pattern() == DEPARTMENT_TEXT ? "department" : "county";
                levelQuote = text.quote(m.start(), m.end());
            }
        }
        Found year = year(text, head);
        return new Meta(unit == null ? null : unit.name(), level, year == null ? null : Integer.valueOf(year.name()),
                unit == null ? null : unit.quote(), levelQuote, year == null ? null : year.quote());
    }

    private static List<Found> candidates(ReportText text, List<Line> head, String fileName) {
        List<Found> found = new ArrayList<>();
        String body = text.normalized();
        for (int i = 0; i < head.size(); i++) {
            Line line = head.get(i);
            String s = body.substring(line.start(), line.end());
            String next = i + 1 < head.size() ? body.substring(head.get(i + 1).start(), head.get(i + 1).end()) : "";
            Matcher m = title(s, next);
            if (line.kind() != SectionKind.CHROME && s.length() <= TITLE_LENGTH && m != null
                    && TITLE_UNIT.matcher(m.group("u")).matches()) {
                String raw = m.group("u").strip();
                int from = line.start() + m.start("u");
                String quote = text.quote(from, from + raw.length());
                Matcher after = YEAR_FIRST.matcher(s);
                if (raw.isEmpty() && after.find()) {
                    // "2025年陇西县法治政府建设情况": the unit stands after the year
                    raw = after.group("u");
                    quote = text.quote(line.start() + after.start("u"), line.start() + after.end("u"));
                }
                for (int up = 1; raw.isEmpty() && up <= 2 && i - up >= 0; up++) {
                    Line above = head.get(i - up);
                    Matcher a = TITLE_NAME_LINE.matcher(body.substring(above.start(), above.end()));
                    if (a.find()) {
                        quote = text.quote(above.start() + a.start("u"), above.start() + a.end("u"));
                        raw = a.group("u").replaceFirst("人民政$", "人民政府");
                    }
                }
                add(found, raw, quote, body);
            }
        }
        int before = found.size();
        add(found, head, text, FIELD);
        // 文章来源: 司法局 names the office that posted the page, not the unit, unless it names its place
        // and a report that speaks as 我区 and never as 我局 is its government's, whoever posted it (来源:长沙市开福区司法局)
        boolean governmentVoice = OwnPlace.speaksAsGovernment(body);
        found.subList(before, found.size()).removeIf(f -> UnitNames.isDepartment(f.name())
                && (!UnitNames.hasPlace(f.name()) || governmentVoice));
        add(found, head, text, REPORTED);
        List<Line> firstLines = head.subList(0, Math.min(head.size(), 12));
        add(found, firstLines, text, OPENING);
        head.stream().filter(l -> l.kind() != SectionKind.CHROME && l.end() - l.start() >= OPENING_PARAGRAPH
                        && PARAGRAPH.matcher(body.substring(l.start(), l.end())).find()).findFirst()
                .ifPresent(opening -> add(found, List.of(opening), text, OPENING_WITHOUT_YEAR));
        for (Line line : firstLines) {
            Matcher m = SHORT_OPENING.matcher(body.substring(line.start(), line.end()));
            String whole = m.find() ? wholeName(m.group("u"), body) : null;
            if (whole != null && found.size() < MAX_CANDIDATES) {
                found.add(new Found(whole, text.quote(line.start() + m.start("u"), line.start() + m.end("u"))));
            }
        }
        int beforeSubject = found.size();
        add(found, head, text, SUBJECT);
        // a subject met once in mid-text is more often a clause (一是成立党工委书记任组长的街道, 解决全省…) than the
        // unit, which a report names again
        found.subList(beforeSubject, found.size()).removeIf(f -> !UnitNames.isBare(f.name()) && UnitNames.count(body, f.name()) < 2);
        add(found, head, text, PARTY_AND_GOVERNMENT);
        boolean department = speaksAsDepartment(body);
        if (department) {
            add(found, head, text, DEPARTMENT_BODY);
        }
        ownDocument(text, department).ifPresent(f -> add(found, f.name(), f.quote(), body));
        OwnPlace.Named self = department && found.stream().noneMatch(f -> UnitNames.isDepartment(f.name()))
                ? OwnPlace.mostNamedDepartment(body) : null;
        if (self != null && found.size() < MAX_CANDIDATES) {
            found.add(new Found(self.name(), text.quote(self.start(), self.end())));
        }
        // only a report that has not named itself yet (or only as 县司法局) needs its 我县 resolved
        String voice = department || !found.stream().allMatch(f -> UnitNames.isBare(f.name())) ? null : OwnPlace.voice(body);
        OwnPlace.Named own = voice == null ? null : OwnPlace.mostNamed(body, voice);
        if (own != null && found.size() < MAX_CANDIDATES) {
            found.add(new Found(own.name(), text.quote(own.start(), own.end())));
        }
        if (fileName != null) {
            // the last resort, kept whatever the text gave: it may complete a bare "县司法局"
            String stem = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                    .replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            String name = FILE_NOISE.matcher(Normalizer.normalize(stem)).replaceAll("");
            Matcher cut = FILE_CUT.matcher(name);
            String canonical = UnitNames.canonical(cut.find() ? name.substring(0, cut.start()) : name, body);
            if (canonical != null) {
                found.add(new Found(UnitNames.withoutParent(canonical, body), "文件名：" + stem));
            }
        }
        return found;
    }

    /** The title on this line, or begun on it and broken after its year ("关于航空港经济综合实验区2022年度" / "法治政府建设情况的报告"). */
    private static Matcher title(String line, String next) {
        Matcher m = TITLE.matcher(line);
        if (m.find()) {
            return m;
        }
        m = TITLE.matcher(line + next);
        return m.find() && m.end("y") <= line.length() ? m : null;
    }

    private static boolean speaksAsDepartment(String body) {
        return SPEAKS_AS_DEPARTMENT.matcher(body.substring(0, Math.min(body.length(), OWN_DOCUMENT_SPAN))).find();
    }

    /**
     * The place a document of the unit's own is named for, when the text speaks of that place as 我X; in a
     * department's report (我局), the place of its government's documents, which only completes 市财政局.
     */
    private static Optional<Found> ownDocument(ReportText text, boolean department) {
        String body = text.normalized();
        String opening = body.substring(0, Math.min(body.length(), OWN_DOCUMENT_SPAN));
        for (Pattern p : List.of(OWN_DOCUMENT, OWN_DOCUMENT_BY_GOVERNMENT)) {
            Matcher m = p.matcher(opening);
            while (m.find()) {
                String place = m.group("u");
                String suffix = place.endsWith("街道") ? "街道" : place.substring(place.length() - 1);
                // 我县 is the unit speaking of itself; 全市 in a district's report is its city
                if (department || opening.contains("我" + suffix)) {
                    return Optional.of(new Found(place, text.quote(m.start("u"), m.end("u"))));
                }
            }
        }
        return Optional.empty();
    }

    /** The whole name a short one stands for where the text also names it so (邹城 → 中共邹城市委), or null. */
    private static String wholeName(String shortName, String body) {
        String best = null;
        int bestCount = 0;
        for (String ending : SHORT_NAME_ENDINGS) {
            String name = shortName + ending;
            int count = UnitNames.count(body, name);
            if (count > bestCount && name.equals(UnitNames.canonical(name, body))) {
                best = name;
                bestCount = count;
            }
        }
        return best;
    }

    private static void add(List<Found> found, List<Line> lines, ReportText text, Pattern p) {
        for (Line line : lines) {
            Matcher m = p.matcher(text.normalized().substring(line.start(), line.end()));
            while (found.size() < MAX_CANDIDATES && m.find()) {
                add(found, m.group("u"), text.quote(line.start() + m.start("u"), line.start() + m.end("u")),
                        text.normalized());
            }
        }
    }

    private static void add(List<Found> found, String raw, String quote, String body) {
        if (found.size() >= MAX_CANDIDATES) {
            return;
        }
        String name = UnitNames.canonical(raw, body);
        if (name != null) {
            found.add(new Found(name, quote));
        }
    }

    /**
     * The first complete name; a bare department name (县司法局) is completed by a later one ending the same
     * way, or by a place it belongs to (东莞市 + 市财政局), or by the place the text names whole (武汉市水务局) or
     * names most often, and stands as it is when none is there. In a report that speaks as a department (我局),
     * only a department is the unit.
     */
    private static Found choose(List<Found> candidates, boolean department, String body) {
        for (Found f : candidates) {
            if (department && !UnitNames.isDepartment(f.name())) {
                continue; // a department's report names its government's places: they complete, they are not the unit
            }
            if (UnitNames.isDepartment(f.name()) && !UnitNames.hasPlace(f.name()) && !UnitNames.isBare(f.name())) {
                // 教育局 alone: a later 建湖县教育局 (the file name) completes it
                Found whole = candidates.stream().filter(o -> o.name().endsWith(f.name()) && UnitNames.hasPlace(o.name()))
                        .findFirst().orElse(null);
                if (whole != null) {
                    return whole;
                }
            }
            if (!UnitNames.isBare(f.name())) {
                return f;
            }
            String tail = f.name().substring(1);
            for (Found other : candidates) {
                if (!UnitNames.isBare(other.name()) && other.name().endsWith(tail)) {
                    return other;
                }
            }
            // 市财政局 in a report that names its city only in a document of the city's (《东莞市2021年…》)
            String prefix = f.name().substring(0, 1);
            for (Found other : candidates) {
                if (!UnitNames.isDepartment(other.name()) && other.name().endsWith(prefix) && other.name().length() > 1) {
                    return new Found(other.name() + tail, f.quote());
                }
            }
            // 市水务局 in a report whose page names 武汉市水务局, or that names 南阳市 in passing, or speaks of 法治岳阳
            OwnPlace.Named place = OwnPlace.placeOfBare(body, f.name());
            if (place != null) {
                return new Found(place.name() + tail, f.quote());
            }
        }
        return candidates.stream().filter(f -> !department || UnitNames.isDepartment(f.name())).findFirst().orElse(null);
    }

    private static Matcher levelHint(String body) {
        for (Pattern p : List.of(TOWNSHIP_TEXT, DEPARTMENT_TEXT, COUNTY_TEXT)) {
            Matcher m = p.matcher(body);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    private static Found year(ReportText text, List<Line> head) {
        for (Pattern p : YEAR) {
            for (Line line : head) {
                if (line.kind() == SectionKind.CHROME) {
                    continue;
                }
                Matcher m = p.matcher(text.normalized().substring(line.start(), line.end()));
                if (m.find()) {
                    return new Found(m.group("y"), text.quote(line.start() + m.start(), line.start() + m.end()).strip());
                }
            }
        }
        return mostNamedYear(text);
    }

    /** The year the opening names most often (《2021年池州经开区重点工作责任清单》 …), the first on a tie; or null. */
    private static Found mostNamedYear(ReportText text) {
        String opening = text.normalized().substring(0, Math.min(text.normalized().length(), OWN_DOCUMENT_SPAN));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (Matcher m = ANY_YEAR.matcher(opening); m.find(); ) {
            counts.merge(m.group("y"), 1, Integer::sum);
            first.putIfAbsent(m.group("y"), m.start());
        }
        Integer at = OwnPlace.mostCounted(first, counts);
        return at == null ? null : new Found(text.normalized().substring(at, at + 4), text.quote(at, at + 5));
    }

    private static List<Line> firstLines(Segmentation segments) {
        return segments.lines().stream().filter(l -> l.end() > l.start()).limit(HEAD_LINES).toList();
    }
}
