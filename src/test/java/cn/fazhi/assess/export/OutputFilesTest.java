package cn.fazhi.assess.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Output files are written whole or not at all, streamed or not. */
class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void streamedContentEndsUpInTheFile() throws IOException {
        Path target = dir.resolve("summary.json");
        OutputFiles.write(target, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(("单位" + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }, false);
        assertThat(Files.readAllLines(target)).hasSize(100_000).startsWith("单位0").endsWith("单位99999");
        assertThat(filesIn(dir)).containsExactly("summary.json");
    }

    @Test
    void aFailureHalfwayLeavesTheEarlierFileAndNoTemporaryOne() throws IOException {
        Path target = dir.resolve("summary.html");
        Files.writeString(target, "earlier run");
        assertThatThrownBy(() -> OutputFiles.write(target, out -> {
            out.write("<html>half a page".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }, true)).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("earlier run");
        assertThat(filesIn(dir)).containsExactly("summary.html");
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteIsAsked() throws IOException {
        Path target = dir.resolve("排名.xlsx");
        Files.writeString(target, "the user's");
        assertThatThrownBy(() -> OutputFiles.write(target, new byte[]{1}, false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("the user's");
    }

    private static java.util.List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
