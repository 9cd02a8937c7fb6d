package cn.fazhi.assess.domain;

/** One fact a finding used: its key, its value and the report's words for it. */
public record Evidence(String key, Object value, String quote) {
    public static Evidence of(ReportFact fact) {
        return new Evidence(fact.key(), fact.value(), fact.quote());
    }
}
