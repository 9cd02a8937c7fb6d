package cn.fazhi.assess.extract;

import java.util.regex.Pattern;

/** Words that mark a heading, or a report's opening sentence, as about the year's work and results. */
final class Achievements {
    static final Pattern HEADING = Pattern.compile(
            "举措|成效|成绩|工作情况|开展情况|完成情况|进展情况|主要工作|工作回顾|基本情况|建设情况|主要做法|总体情况|推进情况");
    static final Pattern INTRO = Pattern.compile("现将[^,。;:]{0,24}(19|20)\\d\\d年度?[^,。;:]{0,16}(工作情况|建设情况|推进情况|开展情况)");

    private Achievements() {
    }
}
