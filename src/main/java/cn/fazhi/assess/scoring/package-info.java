/**
 * Scoring with Drools, the only package that imports org.kie: the rule base (precompiled in the jar for the
 * bundled rules/, else compiled from the DRL), checked to fit the checklist and proved to give each criterion exactly
 * one finding ({@link cn.fazhi.assess.scoring.OneFindingProof}); one pooled session per report; aggregation of the
 * findings into a scorecard.
 */
package cn.fazhi.assess.scoring;
