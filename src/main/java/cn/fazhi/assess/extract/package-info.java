/**
 * A report's text into facts: headings into sections (achievements, shortcomings, 第一责任人, next year's plan),
 * the unit, its level and the year, and the indicators' patterns from criteria.yaml, each fact with its quote and
 * only from parts that state the year's work. Also the facts file `extract` writes and `score` reads back, and
 * {@link cn.fazhi.assess.extract.FactsCodec}, the same shape as the workbench stores it.
 */
package cn.fazhi.assess.extract;
