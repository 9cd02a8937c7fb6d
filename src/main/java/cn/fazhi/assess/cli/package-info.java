/** The command line: {@code fazhi check} and {@code fazhi score}. */
package cn.fazhi.assess.cli;
