package cn.fazhi.assess.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * bin/fazhi, run by bash on a stand-in jar ({@link LauncherProbe}) laid out as a distribution: bin/fazhi with
 * fazhi-assess.jar beside it. Skipped where there is no bash.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin/fazhi");

    @TempDir
    Path dir;
    Path launcher;
    Path jar;

    record Run(int exit, List<String> args, List<String> jvmFlags, String err) {
    }

    @BeforeAll
    static void bashIsThere() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash here");
    }

    @BeforeEach
    void distributionWithAStandInJar() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        launcher = Files.copy(LAUNCHER, bin.resolve("fazhi"));
        jar = bin.resolve("fazhi-assess.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.closeEntry();
        }
    }

    @Test
    void passesEveryArgumentAsItIsAndReturnsTheExitCode() throws Exception {
        // given
        List<String> args = List.of("score", "two words", "", "*", "$HOME", "--format=json", "exit=3");

        // when
        Run r = run(args);

        // then
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.args()).containsExactlyElementsOf(args);
    }

    @Test
    void usesTheArchiveBesideTheJarOnlyWhenItIsNotOlderThanTheJar() throws Exception {
        // given: an archive the JVM cannot use, which it skips under -Xshare:auto
        Path archive = Files.writeString(dir.resolve("bin/fazhi-assess.jsa"), "not an archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 60_000));

        // when
        Run fresh = run(List.of("check"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Run stale = run(List.of("check"));

        // then
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.jvmFlags()).contains("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        assertThat(stale.exit()).as(stale.err()).isZero();
        assertThat(stale.jvmFlags()).noneMatch(f -> f.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void rankTakesTheArchiveTrainedByARankAndScoreTheOtherOne() throws Exception {
        // given
        Path scoreArchive = Files.writeString(dir.resolve("bin/fazhi-assess.jsa"), "not an archive");
        Path rankArchive = Files.writeString(dir.resolve("bin/fazhi-assess-rank.jsa"), "not an archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(scoreArchive).toMillis() - 60_000));

        // when
        Run rank = run(List.of("rank", "in", "-o", "out"));
        Run score = run(List.of("score", "report.txt"));

        // then
        assertThat(rank.jvmFlags()).contains("-XX:SharedArchiveFile=" + rankArchive, "-XX:TieredStopAtLevel=1");
        assertThat(score.jvmFlags()).contains("-XX:SharedArchiveFile=" + scoreArchive, "-XX:TieredStopAtLevel=1");
    }

    @Test
    void serveKeepsTheJvmsCompilerAndCollector() throws Exception {
        Run serve = run(List.of("serve", "--port", "0"));

        assertThat(serve.exit()).as(serve.err()).isZero();
        assertThat(serve.jvmFlags()).noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel") || f.startsWith("-XX:+UseSerialGC"));
    }

    @Test
    void saysSoAndExitsWithTwoWhenThereIsNoJar() throws Exception {
        // given
        Files.delete(jar);

        // when
        Run r = run(List.of("check"));

        // then
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no fazhi-assess.jar");
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(args);
        Path errFile = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errFile.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("FAZHI_JAVA_OPTS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile);
        List<String> passed = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("arg:")) {
                passed.add(line.substring(4));
            } else if (line.startsWith("jvm:")) {
                flags.add(line.substring(4));
            }
        }
        return new Run(p.exitValue(), passed, flags, err);
    }
}
