package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.Normalizer;
import cn.fazhi.assess.read.ReportText;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who reports, at which level, for which year: from the title, the 发布机构 field of a saved page, the
 * "现将…报告如下" sentence and the opening paragraph. The year is the year reported on, not the year
 * of publication, so dates in page chrome (成文日期, 发布时间) are ignored.
 */
final class MetaExtractor {
    private static final String NAME = "[\\u4e00-\\u9fff]{1,16}?(?:自治县|自治旗|高新技术产业开发区|经济技术开发区|高新区|开发区|新区"
            + "|街道办事处|街道|县|区|市|镇|乡|旗|管理局|局|委员会|委|办公室|办|中心|院)";
    private static final List<Pattern> UNIT = List.of(
            Pattern.compile("^\\s*(?<u>" + NAME + ")(人民政府|政府)?(关于)?(19|20)\\d\\d年"),
            Pattern.compile("发布机构\\s*[|:：]?\\s*(?<u>" + NAME + ")(\\s|\\||$)"),
            Pattern.compile("现将(?<u>" + NAME + ")(人民政府|政府)?(19|20)\\d\\d年"),
            Pattern.compile("^\\s*(19|20)\\d\\d年(以来)?[,，]\\s*(?<u>" + NAME + ")(始终|坚持|全面|深入|认真|在|紧紧|以|立足|围绕)"),
            Pattern.compile("[,，](?<u>" + NAME + ")(始终|坚持|全面|深入|认真)(坚持|以|贯彻)"));
    private static final Pattern GENERIC = Pattern.compile("^(全|我|本|各|该|市委|区委|县委|省委|党委|政府|市政府|区政府|县政府)");
    private static final List<Pattern> YEAR = List.of(
            Pattern.compile("^\\s*[\\u4e00-\\u9fff()（）]{0,30}?(?<y>(19|20)\\d\\d)\\s*年度?[^\\n]{0,30}(法治|依法行政)[^\\n]{0,20}(报告|情况)"),
            Pattern.compile("现将[^\\n]{0,30}?(?<y>(19|20)\\d\\d)年度?"),
            Pattern.compile("^\\s*(?<y>(19|20)\\d\\d)年(以来)?[,，]"),
            Pattern.compile("(?<y>(19|20)\\d\\d)年度"));

    record Meta(String unit, String level, Integer year) {
    }

    Meta extract(ReportText text, Segmentation segments) {
        String unit = unit(text, segments).orElse(null);
        return new Meta(unit, unit == null ? null : level(Normalizer.normalize(unit)), year(text, segments));
    }

    private static Optional<String> unit(ReportText text, Segmentation segments) {
        for (Pattern p : UNIT) {
            for (Line line : firstLines(segments, 40)) {
                Matcher m = p.matcher(text.normalized().substring(line.start(), line.end()));
                if (m.find() && !GENERIC.matcher(m.group("u")).find()) {
                    return Optional.of(text.quote(line.start() + m.start("u"), line.start() + m.end("u")));
                }
            }
        }
        return Optional.empty();
    }

    private static Integer year(ReportText text, Segmentation segments) {
        for (Pattern p : YEAR) {
            for (Line line : firstLines(segments, 40)) {
                if (line.kind() == SectionKind.CHROME) {
                    continue;
                }
                Matcher m = p.matcher(text.normalized().substring(line.start(), line.end()));
                if (m.find()) {
                    return Integer.parseInt(m.group("y"));
                }
            }
        }
        return null;
    }

    /** county = 县/区/县级开发区; township = 乡/镇/街道; department = a government department. */
    static String level(String unit) {
        if (unit.matches(".*(街道办事处|街道|镇|乡)")) {
            return "township";
        }
        if (unit.matches(".*(局|委员会|委|办公室|办|中心|院)")) {
            return "department";
        }
        if (unit.matches(".*(省|自治区)")) {
            return "province";
        }
        if (unit.matches(".*市") && !unit.matches(".*(县级市)")) {
            return "city";
        }
        return "county";
    }

    private static List<Line> firstLines(Segmentation segments, int n) {
        return segments.lines().stream().filter(l -> l.end() > l.start()).limit(n).toList();
    }
}
