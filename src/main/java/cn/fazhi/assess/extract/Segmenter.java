package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report into sections by its headings (一、 (一)) and classifies each: achievements,
 * shortcomings, first-responsible, next-year plan or other. Thematic headings with no keyword are
 * achievements until a shortcomings or plan part begins; a paragraph opening with 下一步 starts a plan
 * even without a heading. Web-page chrome lines are set apart.
 */
final class Segmenter {
    // "一,、法治建设第一责任人履职情况": a stray comma before the 、 is a typo of the heading
    private static final Pattern LEVEL1 = Pattern.compile("^\\s*[一二三四五六七八九十]{1,3}\\s*[,]?\\s*[、.]");
    // a heading that lost its 、 ("一法治政府建设基本情况及取得成效"): a short line of its own naming a part of a report
    private static final Pattern LEVEL1_BARE = Pattern.compile("^\\s*[一二三四五六七八九十]{1,3}(?![是年些直方批个次项份级切道起般系把要则手线律分体])"
            + "[\\u4e00-\\u9fff]{3,28}\\s*$");
    private static final Pattern PART_WORDS = Pattern.compile("情况|成效|举措|措施|做法|问题|不足|差距|计划|安排|打算|思路|第一责任人");
    // a page saved as one long line keeps its headings inline: "…报告如下: 一、主要举措和成效 市场监管系统…"
    // ("…报告如下。一、2021年度…主要举措和成效(一)坚持…": with no space, the heading ends where its first part begins;
    // "一、党政主要负责人履行…职责,加强法治政府建设情况 一是…": a heading may hold a comma)
    private static final Pattern INLINE_LEVEL1 = Pattern.compile(
            "(?<=[。:;!?])\\s*(?<h>[一二三四五六七八九十]{1,3}、[^。;:!?\\s()]{2,40}?)(?=\\s|\\(一\\))");
    private static final int LONG_LINE = 150;
    private static final Pattern INTO_A_PLAN = Pattern.compile("(纳入|列入)[^,。]{0,20}(规划|计划)");
    private static final Pattern LEVEL2 = Pattern.compile("^\\s*\\(\\s*[一二三四五六七八九十]{1,3}\\s*\\)");
    private static final Pattern PLAN = Pattern.compile(
            "下一步|下一年|明年|今后|下步|(19|20)\\d\\d年度?[^,。]{0,14}(工作)?(安排|计划|打算|思路|设想|目标|展望)"
                    + "|工作(安排|计划|打算|思路|设想|展望)|主要安排|努力方向|重点工作安排");
    private static final Pattern SHORTCOMINGS = Pattern.compile(
            "存在(的)?(主要)?(问题|不足|困难|差距|短板)|不足(之处|和原因|与原因|及原因|和问题)|问题(和|与|及)不足|差距(和|与)不足|薄弱环节");
    private static final Pattern FIRST_RESPONSIBLE = Pattern.compile("第一责任人|主要负责人(履行|推进|带头)");
    private static final Pattern PLAN_PARAGRAPH = Pattern.compile(
            "^\\s*(下一步|下一年度|今后|下步)[,，:：]|^\\s*(19|20)\\d\\d年[,，]?(我们|我区|我县|我市|街道|全区|全县|我镇|我局)?将");
    private static final Pattern CHROME = Pattern.compile(
            "设为首页|加入收藏|无障碍|长者版|您的位置|当前位置|索\\s*引\\s*号|发布机构|成文日期|主题分类|打印本页|关闭窗口|分享到"
                    + "|扫一扫|字号|点击[:：]|来源[:：]|发布时间|时间[:：]|^\\s*[•·|\\s]*$|^\\s*!\\[\\]|【\\s*[大中小]\\s*】");

    Segmentation segment(ReportText text) {
        String norm = text.normalized();
        List<Line> lines = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        SectionKind top = SectionKind.OTHER;
        SectionKind current = SectionKind.OTHER;
        boolean afterGaps = false;
        for (int[] range : ranges(norm)) {
            int start = range[0];
            int end = range[1];
            String line = norm.substring(start, end);
            if (line.length() < 100 && CHROME.matcher(line).find()) {
                lines.add(new Line(start, end, SectionKind.CHROME));
            } else if (LEVEL1.matcher(line).find() || LEVEL1_BARE.matcher(line).matches() && PART_WORDS.matcher(line).find()) {
                int headEnd = start + headingLength(line);
                Set<SectionKind> kinds = kinds(norm.substring(start, headEnd));
                if (kinds.isEmpty()) {
                    kinds = EnumSet.of(afterGaps ? top : SectionKind.ACHIEVEMENTS);
                }
                headings.add(new Heading(1, start, headEnd, kinds));
                top = dominant(kinds);
                afterGaps |= top == SectionKind.SHORTCOMINGS || top == SectionKind.NEXT_YEAR_PLAN;
                current = top;
                lines.add(new Line(start, end, current));
            } else if (LEVEL2.matcher(line).find()) {
                int headEnd = start + headingLength(line);
                Set<SectionKind> kinds = kinds(norm.substring(start, headEnd));
                headings.add(new Heading(2, start, headEnd, kinds));
                SectionKind sub = dominant(kinds);
                boolean turnsAway = sub == SectionKind.SHORTCOMINGS || sub == SectionKind.NEXT_YEAR_PLAN;
                current = top.yieldsFacts() && turnsAway ? sub : top;
                lines.add(new Line(start, end, current));
            } else {
                if (current.yieldsFacts() && PLAN_PARAGRAPH.matcher(line).find()) {
                    current = SectionKind.NEXT_YEAR_PLAN;
                    headings.add(new Heading(3, start, end, EnumSet.of(current)));
                }
                lines.add(new Line(start, end, current));
            }
        }
        return new Segmentation(lines, headings);
    }

    /** The lines of the text, a long line cut before and after each level-1 heading it carries inline. */
    private static List<int[]> ranges(String norm) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start <= norm.length()) {
            int end = norm.indexOf('\n', start);
            end = end < 0 ? norm.length() : end;
            int from = start;
            if (end - start > LONG_LINE) {
                Matcher m = INLINE_LEVEL1.matcher(norm).region(start, end);
                while (m.find()) {
                    ranges.add(new int[]{from, m.start("h")});
                    ranges.add(new int[]{m.start("h"), m.end("h")});
                    from = m.end("h");
                }
            }
            ranges.add(new int[]{from, end});
            start = end + 1;
        }
        return ranges;
    }

    /** A run-in heading ends at its first full stop: "(一)高位推动,顶层设计全面发力。坚持…" */
    private static int headingLength(String line) {
        int stop = line.indexOf('。');
        return stop < 0 ? line.length() : stop;
    }

    private static Set<SectionKind> kinds(String text) {
        // 把法治政府建设纳入…年度工作计划 is this year's work, not next year's plan
        String heading = INTO_A_PLAN.matcher(text).replaceAll("");
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        if (SHORTCOMINGS.matcher(heading).find()) {
            kinds.add(SectionKind.SHORTCOMINGS);
        }
        if (PLAN.matcher(heading).find()) {
            kinds.add(SectionKind.NEXT_YEAR_PLAN);
        }
        if (FIRST_RESPONSIBLE.matcher(heading).find()) {
            kinds.add(SectionKind.FIRST_RESPONSIBLE);
        }
        if (kinds.isEmpty() && Achievements.HEADING.matcher(heading).find()) {
            kinds.add(SectionKind.ACHIEVEMENTS);
        }
        return kinds;
    }

    /** A heading that mentions a plan or shortcomings makes its part yield no facts, whatever else it says. */
    private static SectionKind dominant(Set<SectionKind> kinds) {
        for (SectionKind k : List.of(SectionKind.NEXT_YEAR_PLAN, SectionKind.SHORTCOMINGS,
                SectionKind.FIRST_RESPONSIBLE, SectionKind.ACHIEVEMENTS)) {
            if (kinds.contains(k)) {
                return k;
            }
        }
        return SectionKind.OTHER;
    }
}
