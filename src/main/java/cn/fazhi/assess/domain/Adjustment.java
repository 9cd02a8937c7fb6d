package cn.fazhi.assess.domain;

import java.util.Objects;

/**
 * An evaluator's change to what the machine read or decided, kept for the record and shown in every
 * export: a fact corrected (target is the fact key) or a 需人工核查 criterion decided (target is the
 * criterion id).
 *
 * @param before what it was, in words ("未提及" when the report did not state it)
 * @param after  what the evaluator made it
 * @param at     when, local time as yyyy-MM-dd HH:mm:ss
 */
public record Adjustment(Kind kind, String target, String before, String after, String reason, String at) {
    public enum Kind {
        FACT("更正事实"),
        STATUS("人工核定");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        reason = reason == null ? "" : reason;
        at = at == null ? "" : at;
    }
}
