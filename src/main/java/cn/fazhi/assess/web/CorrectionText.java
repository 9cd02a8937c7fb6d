package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Correction;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Numbers;

import java.util.Set;

/**
 * A correction as the evaluator typed it: checked against the fact's indicator with messages in Chinese, kept as
 * text in the database, and turned into the {@link Correction} the pipeline applies.
 */
record CorrectionText(Indicator indicator, Object value) {
    static final String NOT_STATED = "未提及";
    private static final Set<String> FLAG_NO = Set.of("否", "无", "没有", "false");

    /** {@code text} null or blank, or 未提及, means not stated; a flag is stated by any text but 否, 无, 没有. */
    static CorrectionText of(Checklist checklist, String key, String text) {
        Indicator indicator = checklist.indicators().get(key);
        if (indicator == null) {
            throw new Workbench.UserError("没有事实项“" + key + "”");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals(NOT_STATED) || indicator.type() == IndicatorType.FLAG && FLAG_NO.contains(t)) {
            return new CorrectionText(indicator, null);
        }
        return new CorrectionText(indicator, switch (indicator.type()) {
            case FLAG -> Boolean.TRUE;
            case RATE -> range(number(t, indicator), 0, 100, indicator, "百分比应在0到100之间");
            case COUNT -> whole(range(number(t, indicator), 0, Double.MAX_VALUE, indicator, "数量不能为负"), indicator);
            case YEAR -> whole(range(number(t, indicator), 1949, 2100, indicator, "年份不正确"), indicator);
            case TEXT, ENUM -> t;
        });
    }

    /** The value as kept in the database; null for not stated. */
    String stored() {
        if (value == null) {
            return null;
        }
        return value instanceof Double d ? Numbers.format(d) : value.toString();
    }

    /** The value as the evaluator reads it. */
    String shown() {
        return value == null ? NOT_STATED : show(value);
    }

    /** The correction the pipeline applies, its value typed as the indicator's facts are (a year is whole). */
    Correction correction() {
        Object typed = value instanceof Double d && indicator.type() == IndicatorType.YEAR ? (Object) d.intValue() : value;
        return new Correction(indicator.key(), indicator.type(), typed);
    }

    static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "已提及" : NOT_STATED;
        }
        if (value instanceof Number n) {
            return Numbers.format(n.doubleValue());
        }
        return String.valueOf(value);
    }

    private static double number(String t, Indicator indicator) {
        String digits = t.replaceAll("[\\s%％件个项人次家年]", "").replace('．', '.');
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new Workbench.UserError(indicator.zh() + "：“" + t + "”不是数字");
        }
    }

    private static double range(double v, double min, double max, Indicator indicator, String message) {
        if (v < min || v > max || Double.isNaN(v)) {
            throw new Workbench.UserError(indicator.zh() + "：" + message);
        }
        return v;
    }

    private static double whole(double v, Indicator indicator) {
        if (v != Math.rint(v)) {
            throw new Workbench.UserError(indicator.zh() + "：应为整数");
        }
        return v;
    }
}
