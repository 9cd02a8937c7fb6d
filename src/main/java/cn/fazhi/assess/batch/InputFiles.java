package cn.fazhi.assess.batch;

import cn.fazhi.assess.domain.FailedInput;
import cn.fazhi.assess.domain.Reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a batch is given: files as they are, folders walked recursively (hidden files skipped), in
 * name order, each with a short name relative to the folder it was found in.
 */
final class InputFiles {
    record Input(Path file, String shortName) {
    }

    final List<Input> files = new ArrayList<>();
    final List<FailedInput> missing = new ArrayList<>();

    static InputFiles of(List<Path> inputs) {
        InputFiles result = new InputFiles();
        TreeMap<Path, String> found = new TreeMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                result.missing.add(FailedInput.of(input.toString(), Reason.NO_SUCH_FILE_OR_FOLDER));
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(input, p))
                            .forEach(p -> found.put(p, input.relativize(p).toString()));
                } catch (IOException | UncheckedIOException e) {
                    result.missing.add(FailedInput.of(input.toString(), Reason.CANNOT_LIST_FOLDER, e.getMessage()));
                }
            } else {
                found.put(input, input.getFileName().toString());
            }
        }
        found.forEach((file, name) -> result.files.add(new Input(file, name)));
        return result;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
