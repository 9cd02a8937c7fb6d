/**
 * Value types shared by every stage: the checklist (criteria, indicators), a report's facts, and
 * the findings and scorecard that scoring produces. Records only; no I/O and no rule engine.
 */
package cn.fazhi.assess.domain;
