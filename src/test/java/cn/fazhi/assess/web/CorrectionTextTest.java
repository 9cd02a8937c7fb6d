package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.extract.FactsFileReader;
import cn.fazhi.assess.scoring.RuleHarness;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CorrectionText of(String key, String text) {
        return CorrectionText.of(RuleHarness.CHECKLIST, key, text);
    }

    @Test
    void aFlagIsStatedByYesAndTakenBackByNo() {
        assertThat(of("report.achievements", "是").shown()).isEqualTo("已提及");
        assertThat(of("report.achievements", "否").stored()).isNull();
        assertThat(of("report.achievements", "无").shown()).isEqualTo("未提及");
    }

    @Test
    void figuresAreReadWithTheirUnitsAndChecked() {
        assertThat(of("dispute.court_appearance_rate", "98.5%").stored()).isEqualTo("98.5");
        assertThat(of("dispute.court_appearance_rate", " ").stored()).isNull();
        assertThatThrownBy(() -> of("dispute.court_appearance_rate", "101")).hasMessageContaining("0到100");
        assertThatThrownBy(() -> of("dispute.litigation_cases", "2.5件")).hasMessageContaining("应为整数");
        assertThatThrownBy(() -> of("no.such.key", "1")).hasMessageContaining("没有事实项");
        assertThat(of("dispute.court_appearance_rate", "５０％").stored()).isEqualTo("50");
        assertThatThrownBy(() -> of("report.achievements", "maybe")).hasMessageContaining("请填写“是”或“否”");
    }

    /** A value the correction form accepts, a facts file accepts too, and the other way round. */
    @ParameterizedTest
    @CsvSource({"dispute.court_appearance_rate, 100, true", "dispute.court_appearance_rate, 100.5, false",
            "dispute.court_appearance_rate, -1, false", "dispute.litigation_cases, 0, true",
            "dispute.litigation_cases, 2.5, false", "dispute.litigation_cases, -3, false"})
    void theFormAndAFactsFileAcceptTheSameValues(String key, String value, boolean fine) {
        boolean form = accepts(() -> of(key, value));
        boolean file = accepts(() -> new FactsFileReader(RuleHarness.CHECKLIST).read(JSON.createObjectNode()
                .set("facts", JSON.createObjectNode().set(key, JSON.createObjectNode().put("value", Double.parseDouble(value)))), "t.json"));

        assertThat(form).isEqualTo(fine);
        assertThat(file).isEqualTo(fine);
    }

    private static boolean accepts(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (Workbench.UserError | InputFailure e) {
            return false;
        }
    }
}
