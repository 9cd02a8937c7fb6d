package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
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
            "四、下一年度推进法治政府建设的主要安排 | NEXT_YEAR_PLAN"})
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
}
