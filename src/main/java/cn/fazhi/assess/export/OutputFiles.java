package cn.fazhi.assess.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes output files whole or not at all, and never over a file the user has unless told to. */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** A temporary file is private to its owner; the result is an ordinary file others may read. */
    private static void readableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, String text, boolean overwrite) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), overwrite);
    }

    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        write(target, out -> out.write(bytes), overwrite);
    }

    /** What goes into a file, written as it is made: a summary of 100,000 units is not held in memory whole. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !overwrite) {
            throw new FileAlreadyExistsException(target + ": exists; pass --force to overwrite it");
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
                content.writeTo(out);
            }
            readableByOthers(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
