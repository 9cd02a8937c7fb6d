package cn.fazhi.assess.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the file is empty | 文件为空",
            "21 MB is over the 20 MB limit for a report | 文件大小21MB，超过20MB上限",
            "not a rule-of-law government report (it never mentions 法治, 依法行政 or 依法治…): nothing scored | 不是法治政府建设年度报告，未评分",
            "no text in it (a scanned PDF needs OCR first) | PDF中没有文字层（扫描件），请先进行文字识别（OCR）",
            "facts.dispute.court_appearance_rate: 130 is not a rate: a percentage must be from 0 to 100 | 事实文件中“dispute.court_appearance_rate”的取值有误：130 is not a rate: a percentage must be from 0 to 100",
            "something new | 无法评分：something new"})
    void reasonsReadInChinese(String reason, String zh) {
        assertThat(FailureReasons.zh(reason)).isEqualTo(zh);
    }
}
