package cn.fazhi.assess.extract;

import java.util.regex.Pattern;

/**
 * A clause that states an intention, a plan or an instruction ("必须强化行政负责人出庭制度", "要求各部门…",
 * "我区将进一步…", "力争…") is not work done, wherever it stands: decided per clause, not only per section.
 */
final class Intentions {
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^\\s*(?:新的一年|新一年|今年|明年|来年)?\\s*(?:(?:我们|我(?:省|市|州|县|区|旗|镇|乡|街道|局|委|厅)|各(?:部门|单位|级)|全(?:省|市|县|区|镇|乡)|[区县市镇乡]政府)\\s*)?"
                    + "(?:必须|务必|要求|应当|需要|要(?!点|求|件|素|案|事|害|闻|职)|拟(?!定)|计划(?![内外])|力争|争取|下一步|下步|今后|明年"
                    + "|将(?:进一步|继续|持续|全面|加快|着力|不断|深入|重点|大力|积极|认真|切实|努力|逐步|坚持|围绕|以))"
                    // an instruction to people or bodies: "各部门主要负责同志要带头述法", "领导干部必须…", "党委会议要把…"
                    + "|^[\\u4e00-\\u9fff、]{0,10}?(?:同志|负责人|领导|干部|部门|单位|各级|书记|[区县市镇乡局]长|人员|会议|会|党委|党工委|党组|政府)\\s*"
                    + "(?:要(?!点|求|件|素|案|事|害|闻|职)|必须|务必|应当)");
    private static final String CLAUSE_ENDS = ",，;；。:：!！?？";
    // a duty laid down in the clause itself, before or inside what was found: "述法必须做到应述尽述", "活动必须达到30场次"
    private static final Pattern DUTY = Pattern.compile("必须|务必");

    private Intentions() {
    }

    /**
     * True when the clause holding position {@code at} of {@code sentence} opens with an intention (after a 新的一年 or
     * 明年, too), or lays down a duty (必须, 务必) anywhere in the clause.
     */
    static boolean intended(String sentence, int at) {
        int from = at;
        while (from > 0 && CLAUSE_ENDS.indexOf(sentence.charAt(from - 1)) < 0 && at - from < 60) {
            from--;
        }
        String opening = sentence.substring(from, Math.min(sentence.length(), at + 1 + 20));
        int to = at;
        while (to < sentence.length() && CLAUSE_ENDS.indexOf(sentence.charAt(to)) < 0 && to - at < 40) {
            to++;
        }
        return CLAUSE_START.matcher(opening).find() || DUTY.matcher(sentence.substring(from, to)).find();
    }
}
