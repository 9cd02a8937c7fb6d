package cn.fazhi.assess.domain;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {
    private static final ResourceBundle ZH = Messages.bundle(Messages.ZH);
    private static final ResourceBundle EN = Messages.bundle(Messages.EN);
    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(ZH.keySet())).isEqualTo(new TreeSet<>(EN.keySet()));
    }

    @Test
    void everyReasonHasATextInBothBundles() {
        for (Reason r : Reason.values()) {
            assertThat(ZH.containsKey(r.key())).as(r.key() + " in zh").isTrue();
            assertThat(EN.containsKey(r.key())).as(r.key() + " in en").isTrue();
        }
    }

    @Test
    void everyPlaceholderOfOneIsUsedInTheOther() {
        for (String key : EN.keySet()) {
            Set<Integer> en = placeholders(EN.getString(key));
            Set<Integer> zh = placeholders(ZH.getString(key));
            assertThat(zh).as(key).isEqualTo(en);
        }
    }

    @Test
    void theEnglishOfAReasonUsesEachOfItsDetails() {
        for (Reason r : Reason.values()) {
            assertThat(placeholders(EN.getString(r.key()))).as(r.key())
                    .isEqualTo(IntStream.range(0, r.details()).boxed().collect(Collectors.toSet()));
        }
    }

    @Test
    void quotesAndBracesComeOutAsWritten() {
        assertThat(new InputFailure(Reason.LEVEL_UNRECOGNISED, "a.yaml", "village", "county, township").getMessage())
                .isEqualTo("a.yaml: unknown level 'village' (one of: county, township)");
        assertThat(new InputFailure(Reason.FACTS_NOT_A_MAPPING, "a.yaml").getMessage())
                .isEqualTo("a.yaml: facts: must be a mapping of fact keys to {value, quote}");
        assertThat(Messages.text(Reason.META_YEAR_INVALID, List.of("二〇二三"), Messages.ZH))
                .isEqualTo("meta.year的取值“二〇二三”不是年份");
    }

    @Test
    void theFileComesFirstWithItsLineAndColumnWhenKnown() {
        InputFailure f = InputFailure.at(Reason.FACTS_MALFORMED, "x.yaml", 3, 7, "YAML", "mapping values are not allowed");

        assertThat(f.getMessage()).isEqualTo("x.yaml:3:7: malformed YAML: mapping values are not allowed");
        assertThat(Messages.withFile(f, Messages.ZH)).isEqualTo("x.yaml:3:7：事实文件格式错误（YAML）：mapping values are not allowed");
        assertThat(Messages.text(f, Messages.ZH)).isEqualTo("事实文件格式错误（YAML）：mapping values are not allowed");
        assertThat(new InputFailure(Reason.EMPTY_FILE, null).getMessage()).isEqualTo("the file is empty");
    }

    @Test
    void aLanguageAskedForIsNeverSwappedForTheMachines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.text(Reason.EMPTY_FILE, List.of(), Messages.EN)).isEqualTo("the file is empty");
            Locale.setDefault(Locale.US);
            assertThat(Messages.text(Reason.EMPTY_FILE, List.of(), Messages.ZH)).isEqualTo("文件为空");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aReasonTakesAsManyDetailsAsItsTextNeeds() {
        assertThatThrownBy(() -> new InputFailure(Reason.TOO_LARGE, "big.txt", "21"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOO_LARGE takes 2 detail(s), not 1");
    }

    /** The argument indexes a pattern shows, found by formatting it: quoted braces are not placeholders. */
    private static Set<Integer> placeholders(String pattern) {
        Object[] marks = IntStream.range(0, 10).mapToObj(i -> "\u0001" + i + "\u0001").toArray();
        String shown = new MessageFormat(pattern, Locale.ROOT).format(marks);
        return IntStream.range(0, 10).filter(i -> shown.contains((String) marks[i])).boxed().collect(Collectors.toSet());
    }
}
