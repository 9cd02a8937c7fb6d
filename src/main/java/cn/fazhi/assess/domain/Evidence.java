package cn.fazhi.assess.domain;

/**
 * One fact a finding used: its key, its value and the report's words for it; or, when an evaluator corrected the
 * fact, the evaluator's value with {@code corrected} saying why and when, and the report's words set aside there.
 */
public record Evidence(String key, Object value, String quote, Corrected corrected) {

    /** An evaluator's correction behind a value: the reason, the time, and the report's words it replaced ("" if none). */
    public record Corrected(String reason, String at, String originalQuote) {
    }

    public Evidence(String key, Object value, String quote) {
        this(key, value, quote, null);
    }

    public static Evidence of(ReportFact fact) {
        return new Evidence(fact.key(), fact.value(), fact.quote());
    }

    /** The same fact as the evaluator corrected it: no report words support the value any more. */
    public Evidence correctedBy(Correction c) {
        return new Evidence(key, value, "", new Corrected(c.reason(), c.at(), corrected == null ? quote : corrected.originalQuote()));
    }
}
