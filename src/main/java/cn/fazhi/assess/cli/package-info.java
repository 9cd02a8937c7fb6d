/**
 * The command line (picocli): {@code check} validates the checklist and rules and proves one finding per criterion,
 * {@code extract} writes a report's facts file, {@code score} prints scorecards, {@code rank} scores a folder into a
 * ranking and one 整改台账 per unit, {@code serve} starts the web workbench. {@code --lang zh|en} chooses the language
 * of failures; exit codes come from the failure's reason ({@code App.exitCode}).
 */
package cn.fazhi.assess.cli;
