package cn.fazhi.assess.extract;

import cn.fazhi.assess.domain.Indicator;
import cn.fazhi.assess.domain.IndicatorPattern;
import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The prefilter may only skip lines a pattern cannot match. */
class RequiredLiteralTest {
    @ParameterizedTest(name = "{0} needs \"{1}\"")
    @CsvSource(delimiter = '#', value = {
            "学习(宣传)?(贯彻|领会)?习近平法治思想 # 习近平法治思想",
            "述法[^。,;]{0,6}全覆盖 # 全覆盖",
            "出庭(应诉)?率[^,;。]{0,4}(?<n>\\d+)% # 出庭",
            "调解成功率\\s*(?<n>\\d+)% # 调解成功率",
            "一村\\(社区\\)一法律顾问 # 一村(社区)一法律顾问",
            "年度?工作要点 # 工作要点",
            "(?<!党的)规范性文件备案 # 规范性文件备案"})
    void literalEveryMatchContains(String regex, String literal) {
        assertThat(RequiredLiteral.of(regex)).contains(literal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"权责清单|权力清单", "(开展|组织)(普法)?", "\\d+", "a?b?c?"})
    void noneWhenNothingIsRequired(String regex) {
        assertThat(RequiredLiteral.of(regex)).isEmpty();
    }

    @ParameterizedTest(name = "{0} needs one of each of {1}")
    @CsvSource(delimiter = '#', value = {
            "(印发|制定|出台)(了)?[^。]{0,8}(19|20)\\d\\d年 # [[印发, 制定, 出台], [19, 20]]",
            "(?<!党的)(?:推行|落实)[^。]{0,10}(?<k>三项|四项)制度 # [[推行, 落实], [三项, 四项]]",
            "(法治政府建设|依法治(区|县))(工作)?要点 # [[法治政府建设, 依法治]]",
            "((执法)?全过程记录|法制审核) # [[全过程记录, 法制审核]]",
            "(开展|组织)?普法(\\d+|[一二三]+)场 # []",
            "权责清单|(权力)清单 # []",
            "(?i)(abc|def) # [[abc, def]]"})
    void groupsOfLiteralsEveryMatchContainsOneOf(String regex, String groups) {
        assertThat(RequiredLiteral.alternatives(regex)).hasToString(groups);
    }

    @Test
    void noPrefilterForPatternsThatIgnoreCase() {
        assertThat(LinePrefilter.of(Pattern.compile("(?i)(abc|def)x")).mayMatch("ABCX")).isTrue();
        assertThat(LinePrefilter.of(Pattern.compile("(abc|def)x", Pattern.CASE_INSENSITIVE)).mayMatch("DEFX")).isTrue();
        assertThat(LinePrefilter.of(Pattern.compile("(abc|def)x")).mayMatch("xyz abd")).isFalse();
    }

    @Test
    void everyChecklistPatternMatchesOnlyWhereItsLiteralIs() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/reports"))) {
            for (Path p : files.toList()) {
                lines.addAll(List.of(new ReportReader().read(p).normalized().split("\n")));
            }
        }
        int matches = 0;
        for (Indicator indicator : RuleHarness.CHECKLIST.indicators().values()) {
            for (IndicatorPattern pattern : indicator.patterns()) {
                LinePrefilter prefilter = LinePrefilter.of(pattern.regex());
                for (String line : lines) {
                    Matcher m = pattern.regex().matcher(line);
                    while (m.find()) {
                        matches++;
                        assertThat(m.group()).as("%s in 「%s」", pattern.regex(), line).contains(prefilter.literal());
                        for (List<String> group : prefilter.anyOf()) {
                            assertThat(group).as("%s in 「%s」", pattern.regex(), line).anyMatch(m.group()::contains);
                        }
                    }
                }
            }
        }
        assertThat(matches).as("the corpus exercises the patterns").isGreaterThan(200);
    }
}
