package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole reports shaped the ways the research notes describe, other than the seeds' shapes. */
class ReportShapesTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleHarness.CHECKLIST);

    @Test
    void aDepartmentReportWithTheFirstResponsiblePartAsASubheading() {
        Extraction e = EXTRACTOR.extract(ReportText.of("d.txt", "txt", """
                武汉市市场监督管理局2022年法治政府建设情况报告
                一、2022年法治政府建设工作情况
                （一）履行法治第一责任人职责，推进法治政府建设。局党组书记、局长主持召开局党组会议专题研究法治工作4次。
                （二）严格规范公正文明执法。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，我局行政负责人出庭应诉率100%。
                二、存在的不足
                部分执法人员能力不足。
                三、2023年工作安排
                （一）全面落实“谁执法谁普法”，计划开展普法活动50场。
                """));

        assertThat(e.unit()).isEqualTo("武汉市市场监督管理局");
        assertThat(e.level()).isEqualTo("department");
        assertThat(e.year()).isEqualTo(2022);
        assertThat(e.facts()).containsKeys("report.achievements", "report.first_responsible", "report.shortcomings",
                "report.next_year_plan", "enforcement.publicity", "enforcement.full_record", "enforcement.legal_review",
                "dispute.court_appearance_rate");
        assertThat(e.facts()).as("the plan's 50 events are a plan").doesNotContainKey("society.publicity_events");
    }

    @Test
    void aTownshipReportWithThematicHeadingsAndAnAddressee() {
        Extraction e = EXTRACTOR.extract(ReportText.of("t.txt", "txt", """
                芦台镇2023年法治政府建设年度报告
                中共宁河区委、宁河区人民政府：
                2023年，芦台镇坚持以习近平法治思想为指导，现将有关情况报告如下：
                一、不断完善推进机制，推动整体水平提升
                镇党委理论学习中心组专题学习习近平法治思想6次，全镇11个村社聘请律师担任法律顾问，覆盖率达100%。
                二、存在的问题和不足
                法治宣传形式单一。
                三、下一步工作打算
                力争实现行政机关负责人出庭应诉率100%。
                """));

        assertThat(e.unit()).isEqualTo("芦台镇");
        assertThat(e.level()).isEqualTo("township");
        assertThat(e.year()).isEqualTo(2023);
        assertThat(e.facts().get("dispute.village_legal_adviser_coverage").fact().number()).isEqualTo(100);
        assertThat(e.facts()).containsKeys("report.achievements", "report.shortcomings", "report.next_year_plan",
                "leadership.xi_thought_study").doesNotContainKeys("dispute.court_appearance_rate", "decision.legal_adviser");
    }
}
