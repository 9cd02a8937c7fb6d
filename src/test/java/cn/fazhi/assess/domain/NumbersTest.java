package cn.fazhi.assess.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** round2 skips the decimal conversion for quarters; it must still give what the conversion gives, for every value. */
class NumbersTest {
    @Test
    void round2AgreesWithDecimalHalfUpRounding() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(40_000) / 4.0;                  // quarters: the fast path
                case 1 -> random.nextInt(100_000) / 1000.0;              // three decimals, halves included (1.005, 72.925)
                case 2 -> random.nextDouble() * 100;
                default -> random.nextInt(4_000) / 4.0 / 3 * 100;        // a share of the applicable points
            };
            double expected = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
            assertThat(Numbers.round2(value)).as("round2(%s)", value).isEqualTo(expected);
        }
        assertThat(Numbers.round2(1.005)).isEqualTo(1.01);
        assertThat(Numbers.round2(72.5)).isEqualTo(72.5);
    }

    @Test
    void formatOfWholeNumbersIsTheDecimalForm() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextInt(2_000_000) - 1_000_000;         // whole: the fast path
                case 1 -> random.nextInt(40_000) / 4.0;
                default -> random.nextDouble() * 1e6;
            };
            String expected = BigDecimal.valueOf(Numbers.round2(value)).stripTrailingZeros().toPlainString();
            assertThat(Numbers.format(value)).as("format(%s)", value).isEqualTo(expected);
        }
        assertThat(Numbers.format(100)).isEqualTo("100");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(99.6)).isEqualTo("99.6");
        assertThat(Numbers.format(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void parseReadsFullWidthDigitsPointAndMinusAsTyped() {
        assertThat(Numbers.parse("５０")).hasValue(50);
        assertThat(Numbers.parse("９９．６")).hasValue(99.6);
        assertThat(Numbers.parse("－３")).hasValue(-3);
        assertThat(Numbers.parse(" 12 ")).hasValue(12);
    }

    @Test
    void parseTakesOnlyOnePlainNumber() {
        assertThat(Numbers.parse("５０％")).isEmpty();
        assertThat(Numbers.parse("五十")).isEmpty();
        assertThat(Numbers.parse("1e3")).isEmpty();
        assertThat(Numbers.parse("")).isEmpty();
        assertThat(Numbers.parse(null)).isEmpty();
    }
}
