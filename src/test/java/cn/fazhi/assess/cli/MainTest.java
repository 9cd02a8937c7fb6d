package cn.fazhi.assess.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cn.fazhi.assess.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link App#main} in a JVM of its own, where it reads the bundled checklist and builds the rules on background
 * threads while picocli reads the command line, and builds only the command it runs: the same output and exit code as
 * the full command line run without that.
 */
class MainTest {
    private static final String XIALU_REPORT = "samples/reports/000_14537a11da58042f.txt";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void scorePrintsTheSameScorecardWithTheRulesAndChecklistReadAhead() throws Exception {
        // given
        CliTest.Run inProcess = run("score", "--format", "json", XIALU_REPORT);

        // when
        Run main = main("score", "--format", "json", XIALU_REPORT);

        // then
        assertThat(main.exit()).as(main.err()).isZero();
        assertThat(main.out()).isEqualTo(inProcess.out()).contains("\"total\" : 67.05");
    }

    @Test
    void checkSaysTheReadAheadRulesAreThePrecompiledOnes() throws Exception {
        Run main = main("check");

        assertThat(main.exit()).as(main.err()).isZero();
        assertThat(main.out().strip()).isEqualTo(run("check").out().strip());
    }

    @Test
    void scoreWithAnEditedChecklistIgnoresWhatWasReadAhead() throws Exception {
        // given: the bundled text with one title changed, which no snapshot was made from
        Path edited = Files.writeString(dir.resolve("criteria.yaml"),
                Files.readString(Path.of("criteria.yaml")).replace("权责清单编制公布并动态调整", "权责清单编制并公布"));

        // when
        Run main = main("score", "--criteria", edited.toString(), "--rules", "rules", XIALU_REPORT);

        // then
        assertThat(main.exit()).as(main.err()).isZero();
        assertThat(main.out()).contains("C1 权责清单编制并公布").doesNotContain("权责清单编制公布并动态调整");
    }

    @Test
    void everyCommandIsAddedUnderTheNameItsOwnAnnotationGives() {
        App.commandLine().getSubcommands().forEach((name, sub) -> assertThat(
                sub.getCommandSpec().userObject().getClass().getAnnotation(Command.class).name()).isEqualTo(name));
        assertThat(App.commandLine().getSubcommands()).containsKeys("check", "extract", "score", "rank", "serve", "help");
    }

    private Run main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(err));
    }
}
