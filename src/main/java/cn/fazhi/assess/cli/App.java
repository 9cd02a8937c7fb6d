package cn.fazhi.assess.cli;

import cn.fazhi.assess.checklist.ChecklistException;
import cn.fazhi.assess.checklist.ChecklistLoader;
import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.InputFailure;
import cn.fazhi.assess.domain.Messages;
import cn.fazhi.assess.domain.Reason;
import cn.fazhi.assess.scoring.RuleBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Entry point: {@code java -jar fazhi-assess.jar <command>}. Exit codes: 0 ok, 1 some input failed, 2 usage or checklist error. */
@Command(name = "fazhi", mixinStandardHelpOptions = true, version = "fazhi-assess 0.1.0",
        description = "Scores annual rule-of-law government reports (法治政府建设年度报告) against a checklist.")
public final class App {
    public static final int OK = 0;
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;
    private static final Map<String, Class<?>> COMMANDS = commands();
    private static final Set<String> SCORING_COMMANDS = Set.of("score", "rank", "check", "serve");

    enum Lang {
        zh(Messages.ZH), en(Messages.EN);

        final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "zh", paramLabel = "LANG",
            description = "Language of the messages about files that could not be scored: zh (default) or en.")
    Lang lang;

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        if (SCORING_COMMANDS.contains(command) || command.equals("extract")) {
            // the checklist and the rule base are half of a cold start: read them while picocli reads the command line
            ChecklistLoader.preload();
        }
        if (SCORING_COMMANDS.contains(command)) {
            RuleBase.preload();
        }
        // picocli reads each command's annotations by reflection when it is added: a run adds only the one it runs
        CommandLine cmd = COMMANDS.containsKey(command) ? commandLine(List.of(command)) : commandLine();
        System.exit(cmd.execute(args));
    }

    /** Every command, in the order `fazhi --help` lists them. */
    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("extract", ExtractCommand.class);
        commands.put("score", ScoreCommand.class);
        commands.put("rank", RankCommand.class);
        commands.put("serve", ServeCommand.class);
        return commands;
    }

    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    private static CommandLine commandLine(Collection<String> commands) {
        CommandLine cmd = new CommandLine(new App());
        commands.forEach(name -> cmd.addSubcommand(name, COMMANDS.get(name)));
        cmd.addSubcommand(new CommandLine.HelpCommand());
        cmd.setExitCodeExceptionMapper(e -> USAGE);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof ChecklistException bad) {
                // every command loads the checklist and rules the same way, and reports their problems the same way
                bad.problems().forEach(p -> command.getErr().println("error: " + p));
                return USAGE;
            }
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            command.getErr().println("error: unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + (at == null ? "" : " (at " + at + ")")
                    + "; please report it with the input that caused it");
            return USAGE;
        });
        return cmd;
    }

    /** The exit code when these inputs failed: the highest of theirs, OK when none did. */
    static int exitCode(Collection<Reason> failed) {
        return failed.stream().mapToInt(App::exitCode).max().orElse(OK);
    }

    /** The one place a reason becomes an exit code. */
    static int exitCode(Reason reason) {
        // each reason is about one input, and the other inputs are still scored; usage and checklist errors (2) stop the command
        return INPUT_FAILED;
    }

    /** The line a command prints for an input it could not use. */
    String error(InputFailure e) {
        return Messages.format("cli.error", lang.locale, Messages.withFile(e, lang.locale));
    }

    /** An error line from the messages bundle, in the user's language. */
    String error(String key, Object... args) {
        return Messages.format("cli.error", lang.locale, Messages.format(key, lang.locale, args));
    }

    /** The line {@code rank} prints for a file it did not score. */
    String notScored(FailedInput f) {
        return Messages.format("cli.not_scored", lang.locale, Messages.withFile(f.source(), f.text(lang.locale), lang.locale));
    }
}
