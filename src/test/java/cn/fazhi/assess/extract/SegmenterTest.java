package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Heading variants seen in published reports (research notes), each classified by its words. */
class SegmenterTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "一、主要措施和成效 | ACHIEVEMENTS",
            "一、2024年工作回顾 | ACHIEVEMENTS",
            "一、2022年法治政府建设工作情况 | ACHIEVEMENTS",
            "一、基本情况和主要成效 | ACHIEVEMENTS",
            "一、强化组织领导,提升法治意识 | ACHIEVEMENTS",
            "一、区政府主要负责同志履行推进法治建设第一责任人职责情况 | FIRST_RESPONSIBLE",
            "二、存在的问题及下一步工作计划 | NEXT_YEAR_PLAN",
            "三、存在的不足和原因 | SHORTCOMINGS",
            "三、存在的主要问题 | SHORTCOMINGS",
            "四、下一步工作思路 | NEXT_YEAR_PLAN",
            "四、2025年工作打算 | NEXT_YEAR_PLAN",
            "四、下一年度推进法治政府建设的主要安排 | NEXT_YEAR_PLAN",
            // the 、 lost in publishing (土溪镇 2022)
            "一法治政府建设基本情况及取得成效 | ACHIEVEMENTS",
            "二存在的问题和不足 | SHORTCOMINGS",
            "三下一步工作打算 | NEXT_YEAR_PLAN",
            // a stray comma (泸州市 2022); this year's work put into the year's plan (忻州市 2020)
            "一,、法治建设第一责任人履职情况 | FIRST_RESPONSIBLE",
            "一、把法治政府建设纳入本地区发展总体规划和年度工作计划 | ACHIEVEMENTS"})
    void headingIsClassified(String heading, SectionKind kind) {
        Segmentation s = new Segmenter().segment(ReportText.of("t.txt", "txt", heading + "\n正文。"));

        assertThat(s.lines().get(1).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  • 设为首页", "索 引 号 | H097/2024-76467", "您的位置: 首页 > 政务公开", "![]() |"})
    void chromeLinesAreSetApart(String line) {
        Segmentation s = new Segmenter().segment(ReportText.of("t.txt", "txt", line));

        assertThat(s.lines().get(0).kind()).isEqualTo(SectionKind.CHROME);
    }

    /** Lines that open with a numeral but are no headings: a body sentence, a count, a phrase. */
    @ParameterizedTest
    @ValueSource(strings = {"一年来法治政府建设工作取得新成效", "一是加强组织领导情况汇报", "三项制度落实情况良好", "一批问题得到解决",
            "十分重视法治建设工作情况"})
    void aNumeralIsNoHeadingByItself(String line) {
        Segmentation s = new Segmenter().segment(ReportText.of("t.txt", "txt", "一、主要成效\n" + line + "\n二、存在的问题\n不足。"));

        assertThat(s.headings()).hasSize(2);
    }

    /** A page saved as one long line (上海市市场监督管理局 2024): its inline headings still divide the parts. */
    @Test
    void headingsInsideOneLongLineDivideItsParts() {
        String body = "现将有关工作情况报告如下: 一、主要举措和成效 市场监管系统法律规范体系逐步完善,全年审查规范性文件12件。"
                + "推进严格规范公正文明执法,办理行政处罚案件3000余件,严格落实行政执法三项制度。"
                + " 二、存在的问题 执法队伍专业化水平仍有差距。 三、2025年工作安排 全年审查规范性文件20件,开展普法活动30场。";
        ReportText text = ReportText.of("t.txt", "txt", "上海市市场监督管理局关于2024年度法治政府建设情况的报告\n" + body);
        Segmentation s = new Segmenter().segment(text);

        assertThat(s.headings()).extracting(Heading::level).containsExactly(1, 1, 1);
        assertThat(kindAt(s, text, "全年审查规范性文件12件")).isEqualTo(SectionKind.ACHIEVEMENTS);
        assertThat(kindAt(s, text, "执法队伍专业化")).isEqualTo(SectionKind.SHORTCOMINGS);
        assertThat(kindAt(s, text, "开展普法活动30场")).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
    }

    /** Flattened with no spaces at all (郫都区 2021): the heading ends where its first sub-part begins. */
    @Test
    void aHeadingRunIntoItsFirstPartStillDividesTheText() {
        String body = "2021年,郫都区坚持依法行政,现将具体情况报告如下。一、2021年度法治政府建设主要举措和成效(一)坚持党的领导。"
                + "全年审查规范性文件12件,严格落实行政执法三项制度,开展普法宣传活动多场,推进严格规范公正文明执法,各项工作有序推进。"
                + "二、存在的不足(一)执法队伍专业化水平仍有差距。三、下一步工作计划(一)全年审查规范性文件20件。";
        ReportText text = ReportText.of("t.txt", "txt", body);
        Segmentation s = new Segmenter().segment(text);

        assertThat(kindAt(s, text, "全年审查规范性文件12件")).isEqualTo(SectionKind.ACHIEVEMENTS);
        assertThat(kindAt(s, text, "执法队伍专业化")).isEqualTo(SectionKind.SHORTCOMINGS);
        assertThat(kindAt(s, text, "全年审查规范性文件20件")).isEqualTo(SectionKind.NEXT_YEAR_PLAN);
    }

    /** An inline heading that holds a comma (余姚市 2023) is still one heading, and a first-responsible part. */
    @Test
    void anInlineHeadingMayHoldAComma() {
        String body = "2023年,余姚市人民政府坚持依法行政,高质量推进法治政府建设各项工作并取得积极成效。"
                + " 一、党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况 一是夯实法治基础。市政府常务会议专题听取法治政府建设报告,"
                + "研究法治政府建设具体举措,全市929名机关事业单位主要负责人完成述职述法。 二、存在的不足 执法队伍专业化水平仍有差距。";
        ReportText text = ReportText.of("t.txt", "txt", body);
        Segmentation s = new Segmenter().segment(text);

        assertThat(s.headings()).extracting(Heading::level).containsExactly(1, 1);
        assertThat(kindAt(s, text, "市政府常务会议专题听取")).isEqualTo(SectionKind.FIRST_RESPONSIBLE);
        assertThat(kindAt(s, text, "执法队伍专业化")).isEqualTo(SectionKind.SHORTCOMINGS);
    }

    private static SectionKind kindAt(Segmentation s, ReportText text, String words) {
        int at = text.normalized().indexOf(words);
        return s.lines().stream().filter(l -> l.start() <= at && at < l.end()).findFirst().orElseThrow().kind();
    }
}
