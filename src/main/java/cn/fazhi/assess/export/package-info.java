/**
 * What we write, as opposed to the reports we read: a scorecard as Markdown, JSON or self-contained HTML (one
 * {@link cn.fazhi.assess.export.ScorecardWriter} each), the 整改台账 workbook of a unit, the ranking workbook and the
 * batch summary (HTML and JSON); and {@link cn.fazhi.assess.export.OutputFiles}, which writes any of them atomically
 * without overwriting what the user did not ask to replace. Every string from a report is escaped in HTML.
 */
package cn.fazhi.assess.export;
