/**
 * Next year's follow-up of last year's 整改 (整改"回头看"): last year's result read from a scorecard JSON or from the
 * 整改台账 a unit filled in and handed back, matched to this year's unit, and each of last year's gaps judged
 * 已整改, 部分整改, 未整改 or 不再适用 against this year's findings, with the new gaps as 新发现.
 */
package cn.fazhi.assess.followup;
