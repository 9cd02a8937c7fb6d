package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Extraction never throws on odd text, and every quote it gives is in the text. */
class RobustnessTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(RuleHarness.CHECKLIST);
    private static final Random RANDOM = new Random(20261123);

    @RepeatedTest(30)
    void randomBytesDecodedAnyHow() {
        byte[] bytes = new byte[RANDOM.nextInt(5000)];
        RANDOM.nextBytes(bytes);
        extractCleanly(new String(bytes, RANDOM.nextBoolean() ? StandardCharsets.UTF_8 : TextEncodings.GB18030));
    }

    @RepeatedTest(20)
    void shuffledLinesOfRealReports() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("samples/reports"))) {
            for (Path p : files.toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        Collections.shuffle(lines, RANDOM);
        Extraction e = extractCleanly(String.join("\n", lines.subList(0, RANDOM.nextInt(lines.size()))));
        assertThat(e.facts().values()).allSatisfy(f -> assertThat(f.section()).isNotNull());
    }

    @Test
    void veryLongLine() {
        String line = "全区共调解各类矛盾纠纷4211件,调解成功率99.6%,".repeat(20_000);
        Extraction e = extractCleanly(line);
        assertThat(e.facts()).containsKey("dispute.mediation_success_rate");
        assertThat(e.warnings()).anyMatch(w -> w.contains("no headings"));
    }

    /** Every pattern stays linear: a 2 MB text on one line, with and without clause punctuation, reads in seconds. */
    @ParameterizedTest
    @ValueSource(strings = {
            "区委、区政府主要负责同志带头学法,全年共审查合同178件、规范性文件1件,制定《某区2023年法治政府建设工作要点》,"
                    + "深入学习贯彻习近平法治思想,必须强化负责人出庭,存在的问题有",
            "东城街道深入学习贯彻习近平法治思想认真落实行政执法公示制度审查合同178件规范性文件1件主要负责人带头述法"})
    void twoMegabytesOnOneLineReadInLinearTime(String unit) {
        String line = unit.repeat(2_000_000 / unit.length() + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractCleanly(line));
    }

    @Test
    void onlyPunctuationAndEmptyLines() {
        Extraction e = extractCleanly("。，、；：？！…—（）《》“”\n\n\n,.;:!?()[]{}<>%%%\n一、\n(一)\n下一步,");
        assertThat(e.facts().keySet()).allMatch(k -> k.startsWith("report."));
    }

    @Test
    void numbersThatAreNotNumbers() {
        Extraction e = extractCleanly("一、工作情况\n出庭应诉率达到999%。调解成功率达到%。共查案卷.卷。办理法律援助案件十万万件。");
        assertThat(e.facts()).doesNotContainKeys("dispute.court_appearance_rate", "dispute.mediation_success_rate",
                "enforcement.case_file_reviews");
    }

    @Test
    void aPlanIsNotAnAchievement() {
        Extraction e = extractCleanly("一、2023年工作情况\n全年召开会议。\n二、2024年工作安排\n确保出庭应诉率保持100%,全面落实三项制度。\n");
        assertThat(e.facts()).doesNotContainKeys("dispute.court_appearance_rate", "enforcement.publicity")
                .containsKeys("report.achievements", "report.next_year_plan");
    }

    @Test
    void aPlanParagraphWithoutHeadingIsNotAnAchievement() {
        Extraction e = extractCleanly("一、主要工作\n全区行政机关负责人出庭应诉率达到95%。\n下一步,我们将实现述法全覆盖。\n");
        assertThat(e.facts()).containsKey("dispute.court_appearance_rate").doesNotContainKey("leadership.shufa_full_coverage");
    }

    @Test
    void aDepartmentsFigureIsNotTheUnits() {
        Extraction e = extractCleanly("一、主要工作\n区城管局评查案卷22卷,区公安分局5卷。\n");
        assertThat(e.facts()).doesNotContainKey("enforcement.case_file_reviews");
    }

    private static Extraction extractCleanly(String text) {
        ReportText report = ReportText.of("fuzz.txt", "txt", text);
        Extraction e = EXTRACTOR.extract(report);
        assertThat(e.facts().values()).allSatisfy(f -> assertThat(text).contains(f.fact().quote()));
        return e;
    }
}
