/**
 * Value types shared by every stage: the checklist (criteria, indicators), a report's facts, and
 * the findings and scorecard that scoring produces. Records only; no I/O and no rule engine. The one
 * exception type is {@link cn.fazhi.assess.domain.InputFailure}, an input that cannot be read or scored, with
 * its {@link cn.fazhi.assess.domain.Reason}; {@link cn.fazhi.assess.domain.Messages} words it in Chinese or
 * English from the bundle {@code messages/failures_*.properties} on the class path.
 */
package cn.fazhi.assess.domain;
