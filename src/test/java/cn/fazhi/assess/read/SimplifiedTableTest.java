package cn.fazhi.assess.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SimplifiedTableTest {
    @Test
    void theBuiltTableGivesOpenccsAnswerForEveryCharacter() {
        char[] table = SimplifiedTable.load();
        assumeTrue(table != null, "the table is written by the build (mvn process-classes)");
        List<String> differ = new ArrayList<>();
        for (char c = SimplifiedTable.FIRST; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            char fromTable = table[c] == 0 ? c : table[c];
            if (fromTable != SimplifiedTable.opencc(c)) {
                differ.add(c + "→" + fromTable);
            }
        }
        assertThat(differ).isEmpty();
        assertThat(Normalizer.normalize("仲愷高新區法治政府建設")).isEqualTo("仲恺高新区法治政府建设");
    }
}
