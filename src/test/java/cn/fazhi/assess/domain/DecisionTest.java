package cn.fazhi.assess.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTest {
    private static final Remedy REMEDY = new Remedy("未做某事", "做到某事", "整改", RemedyType.BY_DEADLINE, 90, "单位", List.of(), null);

    private static Finding manual(Method method, double max) {
        return new Finding("X1", "某项", "X", Status.MANUAL, 0, max, "需核查", REMEDY, "依据", "manual-check",
                List.of(), method, false, false);
    }

    @Test
    void partialGetsThePointsGivenMetGetsAllNotMetNone() {
        assertThat(new Decision("X1", Status.PARTIAL, 1.5, "部分").applyTo(manual(Method.MANUAL, 4)).points()).isEqualTo(1.5);
        Finding met = new Decision("X1", Status.MET, 0, "全部").applyTo(manual(Method.MANUAL, 4));
        assertThat(met.points()).isEqualTo(4);
        assertThat(met.gap()).isEqualTo("人工核定为达标：全部");
        Finding notMet = new Decision("X1", Status.NOT_MET, 3, "没有").applyTo(manual(Method.MANUAL, 4));
        assertThat(notMet.points()).isZero();
        assertThat(notMet.gap()).isEqualTo("人工核定为未达标：没有");
        assertThat(notMet.rule()).isEqualTo("evaluator");
        assertThat(notMet.countsTowardsTotal()).isTrue();
    }

    @Test
    void aVetoItemFoundNotMetTriggersTheVeto() {
        assertThat(new Decision("X1", Status.NOT_MET, 0, "发生重大违法").applyTo(manual(Method.VETO, 0)).veto()).isTrue();
        assertThat(new Decision("X1", Status.MET, 0, "经核实未发生").applyTo(manual(Method.VETO, 0)).veto()).isFalse();
    }

    @Test
    void aVetoItemIsNeverPartlyMet() {
        assertThatThrownBy(() -> new Decision("X1", Status.PARTIAL, 0, "部分").applyTo(manual(Method.VETO, 0)))
                .hasMessageContaining("一票否决");
    }

    @Test
    void aDecisionWithoutAReasonSaysOnlyWhatWasDecided() {
        assertThat(new Decision("X1", Status.MET, 0, " ").applyTo(manual(Method.MANUAL, 4)).gap()).isEqualTo("人工核定为达标");
    }

    @Test
    void pointsAboveTheMaximumOrAFindingTheRulesDecidedAreRefused() {
        assertThatThrownBy(() -> new Decision("X1", Status.PARTIAL, 5, "r").applyTo(manual(Method.MANUAL, 4)))
                .hasMessageContaining("more than");
        Finding ruled = new Finding("X1", "某项", "X", Status.NOT_MET, 0, 4, "", REMEDY, "", "rule", List.of(), Method.PRESENCE, false, false);
        assertThatThrownBy(() -> new Decision("X1", Status.MET, 0, "r").applyTo(ruled)).hasMessageContaining("not 需人工核查");
        assertThatThrownBy(() -> new Decision("X1", Status.MANUAL, 0, "r")).isInstanceOf(IllegalArgumentException.class);
    }
}
