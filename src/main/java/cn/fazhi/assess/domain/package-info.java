/**
 * Value types shared by every stage: the checklist (criteria, their methods, parameters and wording, indicators),
 * a report's facts, the rules' view of one criterion ({@link cn.fazhi.assess.domain.CriterionFacts}), the findings
 * and scorecard that scoring produces, and an evaluator's {@link cn.fazhi.assess.domain.Review} (corrections of facts,
 * decisions on 需人工核查 criteria). No I/O and no rule engine. The one exception type is
 * {@link cn.fazhi.assess.domain.InputFailure}, an input that cannot be read or scored, with its
 * {@link cn.fazhi.assess.domain.Reason}; {@link cn.fazhi.assess.domain.Messages} words it in Chinese or English from
 * the bundle {@code messages/failures_*.properties} on the class path.
 */
package cn.fazhi.assess.domain;
