package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Correction;
import cn.fazhi.assess.domain.Dates;
import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorType;
import cn.fazhi.assess.domain.Numbers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Set;

/**
 * A correction as the evaluator typed it: checked against the fact's indicator with messages in Chinese, kept as
 * text in the database, and turned into the {@link Correction} the pipeline applies.
 */
record CorrectionText(Indicator indicator, Object value) {
    static final String NOT_STATED = "未提及";
    private static final Set<String> FLAG_NO = Set.of("否", "无", "没有", "false");
    private static final Set<String> FLAG_YES = Set.of("是", "有", "已提及", "true");

    /**
     * {@code text} null or blank, or 未提及, means not stated; a flag is 是 (有, 已提及, true) or 否 (无, 没有, false);
     * numbers may be typed in full-width digits and with their unit.
     */
    static CorrectionText of(Checklist checklist, String key, String text) {
        Indicator indicator = checklist.indicators().get(key);
        if (indicator == null) {
            throw new Workbench.UserError("没有事实项“" + key + "”");
        }
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.isEmpty() || t.equals(NOT_STATED) || indicator.type() == IndicatorType.FLAG && FLAG_NO.contains(t)) {
            return new CorrectionText(indicator, null);
        }
        return new CorrectionText(indicator, switch (indicator.type()) {
            case FLAG -> flag(t, indicator);
            case RATE, COUNT, YEAR -> checked(number(t, indicator), indicator);
            case TEXT, ENUM -> t;
            case DATE -> date(t);
        });
    }

    private static String date(String t) {
        LocalDate d = Dates.parse(t);
        if (d == null) {
            throw new Workbench.UserError("“" + t + "”不是日期，请按2024-03-28或2024年3月28日填写");
        }
        return d.toString();
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
    Correction correction(String reason, String at) {
        Object typed = value instanceof Double d && indicator.type() == IndicatorType.YEAR ? (Object) d.intValue() : value;
        return new Correction(indicator.key(), indicator.type(), typed, reason, at);
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

    /** A number typed in a form (a year, points), full-width digits too; null when left blank. */
    static Double typedNumber(String text, String label) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('．', '.');
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?\\d{1,9}(\\.\\d{1,6})?")) { // not Double.valueOf's NaN, 1e3 or 12d
            throw new Workbench.UserError(label + "“" + text.strip() + "”不是数字");
        }
        return Double.valueOf(t);
    }

    private static Boolean flag(String t, Indicator indicator) {
        if (!FLAG_YES.contains(t)) {
            throw new Workbench.UserError(indicator.zh() + "：请填写“是”或“否”，不能填写“" + t + "”");
        }
        return Boolean.TRUE;
    }

    private static double number(String t, Indicator indicator) {
        String digits = t.replaceAll("[\\s%％件个项人次家年]", "").replace('．', '.');
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            throw new Workbench.UserError(indicator.zh() + "：“" + t + "”不是数字");
        }
    }

    private static double checked(double v, Indicator indicator) {
        IndicatorType.Problem problem = indicator.type().problemWith(v);
        if (problem != null) {
            throw new Workbench.UserError(indicator.zh() + "：" + switch (problem) {
                case NOT_A_PERCENTAGE -> "百分比应在0到100之间";
                case NEGATIVE -> "数量不能为负";
                case NOT_WHOLE -> "应为整数";
                case NOT_A_YEAR -> "年份不正确";
                case NOT_A_NUMBER_TYPE -> "不是数值类事实";
            });
        }
        return v;
    }
}
