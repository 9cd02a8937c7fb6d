/**
 * The web workbench ({@code serve}) for evaluators: assessments, uploads, each unit's findings beside its report
 * text, corrections of facts and decisions on 需人工核查 criteria, the ranking and exports.
 * {@link cn.fazhi.assess.web.Workbench} does the work and holds no HTML; {@link cn.fazhi.assess.web.Store} keeps it
 * in H2 or PostgreSQL (Flyway migrations), the database being the truth and scorecards a cache. One controller per
 * resource (login, assessments, uploads, reports, exports) turns requests into calls on the workbench and answers
 * with a view record rendered by a jte template of src/main/jte (compiled into this package at build time);
 * {@link cn.fazhi.assess.web.RequestGuard} stands in front of every request.
 */
package cn.fazhi.assess.web;
