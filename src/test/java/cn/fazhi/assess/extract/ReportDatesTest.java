package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates A5 is decided from: a page's 发布时间, its 成文日期, the 落款 under the signing body's name. */
class ReportDatesTest {

    private static Map<String, ExtractedFact> dates(String text) {
        return ReportDates.of(ReportText.of("t.html", "html", text));
    }

    @Test
    void aSavedPagesPublicationDateIsWhenTheReportWasMadePublic() {
        Map<String, ExtractedFact> d = dates("首页 > 政务公开\n发布时间：2024-03-28 10:12 来源：区司法局\n某区2023年法治政府建设年度报告\n一、主要举措\n");

        assertThat(d.get(ReportDates.PUBLISHED).fact().value()).isEqualTo("2024-03-28");
        assertThat(d.get(ReportDates.PUBLISHED).fact().quote()).isEqualTo("发布时间：2024-03-28");
        assertThat(d).doesNotContainKey(ReportDates.SIGNED);
    }

    @Test
    void aPublicInformationTablesDateOfWritingIsWhenItWasSigned() {
        Map<String, ExtractedFact> d = dates("索 引 号 | H097/2024-76467 | 成文日期 | 2024-02-19 |\n发布机构 | 蜀山街道 |\n");

        assertThat(d.get(ReportDates.SIGNED).fact().value()).isEqualTo("2024-02-19");
        assertThat(d).doesNotContainKey(ReportDates.PUBLISHED);
    }

    @Test
    void theSignatureUnderTheBodysNameInFiguresOrInChineseNumerals() {
        String body = "一、主要举措和成效\n全年审查文件12件。\n四、下一年度工作安排\n继续推进。\n";

        assertThat(dates(body + "\n某某县人民政府\n2024年3月15日\n").get(ReportDates.SIGNED).fact().value()).isEqualTo("2024-03-15");
        assertThat(dates(body + "某某街道办事处\n二〇二四年三月二十一日\n").get(ReportDates.SIGNED).fact().value()).isEqualTo("2024-03-21");
        assertThat(dates(body + "中共某某县司法局党组\n  二〇二三年十二月十日  \n").get(ReportDates.SIGNED).fact().value()).isEqualTo("2023-12-10");
    }

    @Test
    void aBareTimeOrADateLineNotUnderASignerIsNotTaken() {
        // a page's 时间 may be its last edit; a date under a title is the page's, not a signature
        assertThat(dates("2021年度法治政府建设工作报告\n时间:2022-01-20 09-09来源:司法局\n一、工作情况\n")).isEmpty();
        assertThat(dates("某局2022年法治政府建设年度报告\n2023-01-03\n根据要求，现报告如下。\n")).isEmpty();
        assertThat(dates("某区人民政府\n2024年2月30日\n")).as("no such day").isEmpty();
    }
}
