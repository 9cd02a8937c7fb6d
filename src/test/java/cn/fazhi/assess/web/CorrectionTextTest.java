package cn.fazhi.assess.web;

import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionTextTest {
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
    }
}
