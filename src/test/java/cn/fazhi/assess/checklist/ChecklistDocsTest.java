package cn.fazhi.assess.checklist;

import cn.fazhi.assess.domain.Checklist;
import cn.fazhi.assess.domain.Criterion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/checklist.md lists every criterion of the bundled checklist with its source, as criteria.yaml gives it. */
class ChecklistDocsTest {

    @Test
    void everyCriterionIsListedWithItsSource() throws IOException {
        Checklist checklist = new ChecklistLoader().load(Path.of("criteria.yaml"));
        String doc = Files.readString(Path.of("docs/checklist.md"));
        String table = doc.substring(doc.indexOf("## Every criterion and its source"));

        for (Criterion c : checklist.criteria()) {
            assertThat(table).as(c.id()).containsPattern("(?m)^\\| " + c.id() + " \\| " + Pattern.quote(c.title().replace("|", "｜")) + " \\|.*\\| "
                    + Pattern.quote(c.basis().replace("|", "｜")) + " \\|$");
        }
    }
}
