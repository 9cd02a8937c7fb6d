/**
 * The web workbench ({@code serve}): Javalin pages over the pipeline for evaluators — assessments, uploads, each
 * unit's findings beside its report text, corrections of facts and decisions on 需人工核查 criteria, the ranking and
 * exports. {@link cn.fazhi.assess.web.Workbench} does the work without the web; {@link cn.fazhi.assess.web.Store}
 * keeps it in H2 or PostgreSQL (Flyway migrations), the database being the truth and scorecards a cache.
 */
package cn.fazhi.assess.web;
