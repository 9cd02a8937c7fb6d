/**
 * The application service: {@link cn.fazhi.assess.pipeline.Pipeline} is the one way from an input (a report file of
 * any format, an upload, a facts file) to a scorecard, with an evaluator's review applied. The command line, `rank`,
 * the benchmark and the workbench all use it; nothing else wires reading, extraction and scoring together.
 */
package cn.fazhi.assess.pipeline;
