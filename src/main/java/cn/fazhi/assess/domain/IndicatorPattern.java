package cn.fazhi.assess.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * How a report states an indicator: a regex over the normalized text (simplified characters, ASCII
 * digits and punctuation). A rate or count takes its value from the named group {@code n}, unless the
 * pattern carries a fixed {@code value} (开庭案件均由负责人出庭 → 100).
 */
public record IndicatorPattern(Pattern regex, Double value) implements Serializable {
}
