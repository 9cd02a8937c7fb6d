package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetaAndNumbersTest {
    private final ReportExtractor extractor = new ReportExtractor(RuleHarness.CHECKLIST);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "南陵县人民政府关于2023年度法治政府建设情况的报告 | 南陵县 | county | 2023",
            "黄湾镇2022年度法治政府建设工作报告 | 黄湾镇 | township | 2022",
            "武汉市市场监督管理局2022年法治政府建设情况报告 | 武汉市市场监督管理局 | department | 2022",
            "嘉善县司法局2021年度法治政府建设工作报告 | 嘉善县司法局 | department | 2021"})
    void metaFromTheTitle(String title, String unit, String level, int year) {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt", title + "\n一、主要工作\n正文。"));

        assertThat(e.unit()).isEqualTo(unit);
        assertThat(e.level()).isEqualTo(level);
        assertThat(e.year()).isEqualTo(year);
    }

    @Test
    void theYearReportedOnNotTheYearPublished() {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt",
                "成文日期 | 2024-02-19\n发布机构 | 古镛镇\n现将2023年度法治政府建设情况报告如下:\n一、主要举措和成效\n"));

        assertThat(e.year()).isEqualTo(2023);
        assertThat(e.unit()).isEqualTo("古镛镇");
        assertThat(e.level()).isEqualTo("township");
    }

    @Test
    void unknownMetaIsAWarning() {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt", "一、工作情况\n开展普法宣传。"));

        assertThat(e.unit()).isNull();
        assertThat(e.warnings()).anyMatch(w -> w.contains("unit was not found")).anyMatch(w -> w.contains("year"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"300, 300", "99.6, 99.6", "1.28万, 12800", "2.5万, 25000", "300余, 300", "十二, 12", "两, 2",
            "一百零五, 105", "二十, 20", "十, 10", "三千二百, 3200"})
    void numbersAsReportsWriteThem(String text, double value) {
        assertThat(NumberParser.parse(text)).hasValue(value);
    }

    @Test
    void notANumber() {
        assertThat(NumberParser.parse("多")).isEmpty();
        assertThat(NumberParser.parse("abc")).isEmpty();
    }
}
