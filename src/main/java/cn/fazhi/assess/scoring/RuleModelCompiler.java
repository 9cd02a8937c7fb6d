package cn.fazhi.assess.scoring;

import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Build step (run by Maven in process-classes): compiles the bundled rules/ to Drools' executable model and
 * writes the generated classes, with an index naming the model classes and the rules' content hash, into
 * the classes folder that goes into the jar. Usage: {@code RuleModelCompiler RULES_DIR CLASSES_DIR}.
 */
public final class RuleModelCompiler {
    private RuleModelCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleModelCompiler RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<DrlFile> files = RuleBase.read(rules);
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("cn.fazhi.assess", "bundled-rules", "1.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id);
        for (DrlFile f : files) {
            kfs.write("src/main/resources/rules/" + Path.of(f.name()).getFileName(), f.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(m -> System.err.println(m.getPath() + ":" + m.getLine() + ": " + m.getText()));
            System.exit(1);
        }
        CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
        for (Map.Entry<String, byte[]> c : module.getClassesMap().entrySet()) {
            Path target = classes.resolve(c.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, c.getValue());
        }
        TreeSet<String> models = new TreeSet<>();
        ((MemoryKieModule) module.getInternalKieModule()).getMemoryFileSystem().getMap().forEach((path, bytes) -> {
            if (path.asString().endsWith("/drools-model")) {
                new String(bytes, StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("Drools-Model-Version")).forEach(l -> models.add(l.strip()));
            }
        });
        Path index = classes.resolve(PrecompiledRules.INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# written by RuleModelCompiler when the jar was built\nsha256=" + PrecompiledRules.contentHash(files)
                + "\nmodels=" + String.join(",", models) + "\n");
    }
}
