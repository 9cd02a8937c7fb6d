/**
 * Scoring with Drools: compiles rules/*.drl once, checks that they cover the checklist, runs one
 * session per report and aggregates the findings. The only package that imports org.kie.
 */
package cn.fazhi.assess.scoring;
