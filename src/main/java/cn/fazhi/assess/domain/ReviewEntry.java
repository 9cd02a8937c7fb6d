package cn.fazhi.assess.domain;

import java.util.Objects;

/**
 * One line of an evaluator's review as every export shows it (更正记录): a {@link Correction} of a fact (target
 * is the fact key and its name) or a {@link Decision} on a 需人工核查 criterion (target is the criterion id and
 * its title).
 *
 * @param before what it was, in words ("未提及" when the report did not state it)
 * @param after  what the evaluator made it
 * @param at     when, local time as yyyy-MM-dd HH:mm:ss
 */
public record ReviewEntry(Kind kind, String target, String before, String after, String reason, String at) {
    public enum Kind {
        CORRECTION("更正事实"),
        DECISION("人工核定"),
        SELF("单位自评分");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    public ReviewEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        reason = reason == null ? "" : reason;
        at = at == null ? "" : at;
    }
}
