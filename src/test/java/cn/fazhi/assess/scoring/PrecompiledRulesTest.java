package cn.fazhi.assess.scoring;

import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.export.JsonScorecardWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PrecompiledRulesTest {
    private static boolean built() {
        return PrecompiledRules.class.getClassLoader().getResource(PrecompiledRules.INDEX) != null;
    }

    @Test
    void theBundledRulesAreFoundPrecompiledAndAnyOtherTextIsNot() {
        assumeTrue(built(), "the model is written by the build (mvn process-classes)");
        List<DrlFile> files = RuleBase.read(Path.of("rules"));
        assertThat(PrecompiledRules.lookup(files)).isPresent();

        List<DrlFile> edited = new ArrayList<>(files);
        DrlFile first = edited.remove(0);
        edited.add(0, new DrlFile(first.name(), first.text() + "\n// one comment more\n"));
        assertThat(PrecompiledRules.lookup(edited)).isEmpty();
    }

    @Test
    void precompiledAndRunTimeCompiledRulesGiveTheSameScorecards() throws IOException {
        assumeTrue(built(), "the model is written by the build (mvn process-classes)");
        ScoringEngine precompiled = new ScoringEngine(RuleHarness.CHECKLIST, RuleBase.compile(Path.of("rules"), RuleHarness.CHECKLIST, true));
        ScoringEngine compiled = new ScoringEngine(RuleHarness.CHECKLIST, RuleBase.compile(Path.of("rules"), RuleHarness.CHECKLIST, false));
        Pipeline inputs = RuleHarness.PIPELINE;
        try (Stream<Path> seeds = Files.list(Path.of("samples/reports"))) {
            for (Path seed : seeds.sorted().toList()) {
                Scorecard a = precompiled.score(inputs.load(seed));
                Scorecard b = compiled.score(inputs.load(seed));
                assertThat(new JsonScorecardWriter().write(a)).as(seed.toString()).isEqualTo(new JsonScorecardWriter().write(b));
            }
        }
        assertThat(precompiled.score(inputs.load(Path.of("samples/reports/000_14537a11da58042f.txt"))).total()).isEqualTo(67.05);
    }
}
