/** Writers of a scorecard, one per format: Markdown, JSON and self-contained HTML. */
package cn.fazhi.assess.report;
