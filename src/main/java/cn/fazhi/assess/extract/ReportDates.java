package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.ReportFact;
import cn.fazhi.assess.read.ReportText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the report was made public and when it was signed, for A5 (公开 by 4月1日): a saved page's 发布时间 / 发布日期, the
 * 成文日期 (发文日期) of a 政务公开 page, and the 落款 — a line that is only a date under the signing body's name, among the
 * report's last lines. A bare 时间 of a
 * page is not taken: it may be when the page was last edited. Dates in Chinese numerals (二〇二四年三月十五日) are read too.
 */
final class ReportDates {
    static final String PUBLISHED = "report.published_on";
    static final String SIGNED = "report.signed_on";
    private static final String DATE = "(?<y>(?:19|20)\\d{2})\\s*[-/.年]\\s*(?<m>\\d{1,2})\\s*[-/.月]\\s*(?<d>\\d{1,2})";
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(发布时间|发布日期|公开日期|发布于)\\s*[:：|]?\\s*\\|?\\s*" + DATE);
    private static final Pattern SIGNED_LABEL = Pattern.compile("(成文日期|成文时间|印发日期|发文日期)\\s*[:：|]?\\s*\\|?\\s*" + DATE);
    private static final Pattern DATE_LINE = Pattern.compile("\\s*" + DATE + "\\s*日?\\s*");
    private static final Pattern CHINESE_DATE_LINE = Pattern.compile("\\s*(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日\\s*");
    // the 落款 is a date under the signing body's name, among the last lines; a date line elsewhere is a page's or a table's
    private static final Pattern SIGNER = Pattern.compile(".*(人民政府|政府|办事处|委员会|党委|党工委|党组|办公室|管委会|街道|镇|乡|局|厅|部|中心|司法所)\\s*");
    private static final int SIGNATURE_LINES = 12;

    private ReportDates() {
    }

    static Map<String, ExtractedFact> of(ReportText text) {
        Map<String, ExtractedFact> dates = new LinkedHashMap<>();
        String t = text.normalized();
        labelled(text, PUBLISHED_LABEL.matcher(t), PUBLISHED).ifPresent(f -> dates.put(PUBLISHED, f));
        labelled(text, SIGNED_LABEL.matcher(t), SIGNED).or(() -> signature(text)).ifPresent(f -> dates.put(SIGNED, f));
        return dates;
    }

    private static Optional<ExtractedFact> labelled(ReportText text, Matcher m, String key) {
        while (m.find()) {
            LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
            if (d != null) {
                return Optional.of(fact(text, key, d, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** The last line that is only a date right under a body's name (上海市生态环境局 / 2023年1月28日), within the last lines. */
    private static Optional<ExtractedFact> signature(ReportText text) {
        String t = text.normalized();
        List<int[]> lines = new ArrayList<>();
        int end = t.length();
        for (int i = t.length() - 1; i >= -1 && lines.size() < SIGNATURE_LINES; i--) {
            if (i == -1 || t.charAt(i) == '\n') {
                if (!t.substring(i + 1, end).isBlank()) {
                    lines.add(new int[]{i + 1, end});
                }
                end = i;
            }
        }
        for (int k = 0; k + 1 < lines.size(); k++) {
            int[] line = lines.get(k);
            int[] above = lines.get(k + 1);
            if (!SIGNER.matcher(t.substring(above[0], above[1])).matches()) {
                continue;
            }
            String s = t.substring(line[0], line[1]);
            Matcher m = DATE_LINE.matcher(s);
            LocalDate d = m.matches() ? date(m.group("y"), m.group("m"), m.group("d")) : null;
            if (d == null) {
                Matcher c = CHINESE_DATE_LINE.matcher(s);
                d = c.matches() ? date(digits(c.group("y")), String.valueOf(number(c.group("m"))), String.valueOf(number(c.group("d")))) : null;
            }
            if (d != null) {
                return Optional.of(fact(text, SIGNED, d, line[0], line[1]));
            }
        }
        return Optional.empty();
    }

    private static ExtractedFact fact(ReportText text, String key, LocalDate d, int start, int end) {
        return new ExtractedFact(new ReportFact(key, IndicatorType.DATE, d.toString(), text.quote(start, end).strip()), SectionKind.CHROME);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 二〇二四 → 2024. */
    private static String digits(String chinese) {
        StringBuilder out = new StringBuilder();
        for (char ch : chinese.toCharArray()) {
            out.append("〇一二三四五六七八九".indexOf(ch) >= 0 ? "〇一二三四五六七八九".indexOf(ch) : ch == '零' ? 0 : ch);
        }
        return out.toString();
    }

    /** 三 → 3, 十二 → 12, 二十五 → 25, 三十一 → 31. */
    private static int number(String chinese) {
        String units = "〇一二三四五六七八九";
        int ten = chinese.indexOf('十');
        if (ten < 0) {
            return units.indexOf(chinese.charAt(0));
        }
        int tens = ten == 0 ? 1 : units.indexOf(chinese.charAt(0));
        int ones = ten == chinese.length() - 1 ? 0 : units.indexOf(chinese.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
