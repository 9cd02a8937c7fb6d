package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled criteria.yaml, loaded and validated when the jar is built and kept as a Java object stream:
 * binding YAML with Jackson was a third of a cold start. Used only for a file with exactly the content it
 * was built from; any other checklist is read and validated as usual.
 */
final class PrecompiledChecklist {
    static final String INDEX = "fazhi/precompiled-checklist.properties";
    static final String DATA = "fazhi/precompiled-checklist.ser";
    // only our own records and the JDK types inside them may come out of the stream
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "cn.fazhi.assess.domain.*;java.lang.*;java.util.*;java.util.regex.Pattern;!*");

    // a snapshot read by preload(), handed to the first lookup of the bundled checklist
    private static final AtomicReference<CompletableFuture<Optional<Checklist>>> PRELOADED = new AtomicReference<>();

    private PrecompiledChecklist() {
    }

    /**
     * Starts reading the snapshot on a background thread, so that it overlaps the rest of a cold start. The first
     * {@link #lookup} of the bundled checklist takes it; for any other checklist it is never used.
     */
    static synchronized void preload() {
        if (PRELOADED.get() == null) {
            PRELOADED.set(CompletableFuture.supplyAsync(PrecompiledChecklist::snapshot, task -> {
                Thread thread = new Thread(task, "fazhi-checklist-preload");
                thread.setDaemon(true);
                thread.start();
            }));
        }
    }

    static Optional<Checklist> lookup(byte[] content) {
        Properties index = new Properties();
        try (InputStream in = PrecompiledChecklist.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!sha256(content).equals(index.getProperty("sha256"))) {
            return Optional.empty();
        }
        CompletableFuture<Optional<Checklist>> preloaded = PRELOADED.getAndSet(CompletableFuture.completedFuture(Optional.empty()));
        Optional<Checklist> ready = preloaded == null ? Optional.empty() : preloaded.exceptionally(e -> Optional.empty()).join();
        return ready.isPresent() ? ready : snapshot();
    }

    private static Optional<Checklist> snapshot() {
        try (InputStream data = PrecompiledChecklist.class.getClassLoader().getResourceAsStream(DATA);
             ObjectInputStream objects = new ObjectInputStream(data)) {
            objects.setObjectInputFilter(ALLOWED);
            return Optional.of((Checklist) objects.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException | NullPointerException e) {
            return Optional.empty(); // a damaged build: read the YAML instead
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Build step: {@code PrecompiledChecklist CRITERIA_YAML CLASSES_DIR}. */
    public static void main(String[] args) throws IOException {
        Path criteria = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Checklist checklist = new ChecklistLoader().loadYaml(criteria, Files.readAllBytes(criteria));
        Path data = classes.resolve(DATA);
        Files.createDirectories(data.getParent());
        try (OutputStream out = Files.newOutputStream(data); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(checklist);
        }
        Files.writeString(classes.resolve(INDEX), "# written by PrecompiledChecklist when the jar was built\nsha256="
                + sha256(Files.readAllBytes(criteria)) + "\n");
    }
}
