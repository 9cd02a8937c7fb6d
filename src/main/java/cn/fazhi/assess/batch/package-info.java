/** Scoring a folder of reports at once: parallel scoring, one workbook per unit, the ranking and its summaries. */
package cn.fazhi.assess.batch;
