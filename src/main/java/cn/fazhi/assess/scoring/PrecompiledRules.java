package cn.fazhi.assess.scoring;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled rules compiled to Drools' executable model when the jar is built ({@link RuleModelCompiler}),
 * so that a cold start does not compile DRL. They are used only when the rules being loaded have exactly
 * the content they were built from; any other rules (a user's --rules, an edited file) are compiled at
 * run time as before.
 */
final class PrecompiledRules {
    static final String INDEX = "fazhi/precompiled-rules.properties";
    // a rule base started by preload(), handed to the first lookup of the bundled rules
    private static final AtomicReference<CompletableFuture<Optional<KieBase>>> PRELOADED = new AtomicReference<>();

    private PrecompiledRules() {
    }

    /**
     * Starts building the bundled model's rule base on a background thread, so that it overlaps the rest of a cold
     * start (parsing the command line, loading the checklist). The first {@link #lookup} of the bundled rules takes it;
     * for other rules it is never used.
     */
    static synchronized void preload() {
        if (PRELOADED.get() == null) {
            PRELOADED.set(CompletableFuture.supplyAsync(() -> index().flatMap(PrecompiledRules::build), task -> {
                Thread thread = new Thread(task, "fazhi-rules-preload");
                thread.setDaemon(true);
                thread.start();
            }));
        }
    }

    /** The rule base built from the precompiled model of these very files, if the jar carries one. */
    static Optional<KieBase> lookup(List<DrlFile> files) {
        Optional<Properties> index = index();
        if (index.isEmpty() || !contentHash(files).equals(index.get().getProperty("sha256"))) {
            return Optional.empty();
        }
        CompletableFuture<Optional<KieBase>> preloaded = PRELOADED.getAndSet(CompletableFuture.completedFuture(Optional.empty()));
        // if the background build failed, building here again reports why
        Optional<KieBase> ready = preloaded == null ? Optional.empty() : preloaded.exceptionally(e -> Optional.empty()).join();
        return ready.isPresent() ? ready : build(index.get());
    }

    private static Optional<Properties> index() {
        Properties index = new Properties();
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
            return Optional.of(index);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<KieBase> build(Properties index) {
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty(); // a damaged build: compile the DRL instead
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** SHA-256 over the files' names (without folders) and texts, in name order. */
    static String contentHash(List<DrlFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.stream().sorted((a, b) -> fileName(a).compareTo(fileName(b))).forEach(f -> {
                sha.update(fileName(f).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String fileName(DrlFile f) {
        return Path.of(f.name()).getFileName().toString();
    }

}
