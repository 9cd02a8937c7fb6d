package cn.fazhi.assess.export;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Finding;
import cn.fazhi.assess.domain.FollowUp;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;

import java.util.List;
import java.util.stream.Collectors;

import static cn.fazhi.assess.export.ScorecardText.nz;

/** The scorecard as Markdown, for a terminal or a document; Chinese throughout. */
public final class MarkdownScorecardWriter implements ScorecardWriter {

    @Override
    public String write(Scorecard s) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(ScorecardText.title(s))).append("\n\n");
        md.append("| 总分 | 等次 | 得分 / 可评分值 | 附加分 | 扣分项 | 待人工核查分值 | 一票否决 |\n");
        md.append("|---:|:---:|---:|---:|---:|---:|:---:|\n");
        md.append("| ").append(Numbers.format(s.total())).append(" | ").append(ScorecardText.grade(s.grade(), s.veto())).append(" | ")
                .append(ScorecardText.points(s.rawPoints(), s.maxPoints())).append(" | ")
                .append(Numbers.format(s.bonusPoints())).append(" | ").append(Numbers.format(-s.deductedPoints()))
                .append(" | ").append(Numbers.format(s.manualPoints()))
                .append(" | ").append(s.veto() ? "是" : "否").append(" |\n\n");
        md.append("单位层级：").append(ScorecardText.levelLine(s)).append("　考评细则：").append(inline(s.checklist()))
                .append("　来源：").append(inline(s.source())).append("\n\n");
        md.append(ScorecardText.formula(s)).append("\n\n");
        if (!ScorecardText.selfLine(s).isEmpty()) {
            md.append(ScorecardText.selfLine(s)).append("。\n\n");
        }
        categories(md, ScorecardText.listedCategories(s));
        if (s.followUp() != null) {
            followUp(md, s.followUp());
        }
        gaps(md, ScorecardText.rankedGaps(s));
        manual(md, ScorecardText.manual(s));
        all(md, s);
        if (!s.review().isEmpty()) {
            md.append("## 人工更正与核定记录\n\n| 类型 | 对象 | 原值 | 新值 | 理由 | 时间 |\n|---|---|---|---|---|---|\n");
            s.review().forEach(a -> md.append("| ").append(a.kind().zh()).append(" | ").append(cell(a.target()))
                    .append(" | ").append(cell(a.before())).append(" | ").append(cell(a.after())).append(" | ")
                    .append(cell(a.reason())).append(" | ").append(a.at()).append(" |\n"));
            md.append('\n');
        }
        if (!s.warnings().isEmpty()) {
            md.append("## 读取提示\n\n");
            s.warnings().forEach(w -> md.append("- ").append(inline(w)).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    @Override
    public String writeAll(List<Scorecard> scorecards) {
        return scorecards.stream().map(this::write).collect(Collectors.joining("\n---\n\n"));
    }

    @Override
    public String extension() {
        return "md";
    }

    private static void categories(StringBuilder md, List<CategoryScore> categories) {
        md.append("## 分类得分\n\n| 类别 | 得分 | 可评分值 |\n|---|---:|---:|\n");
        for (CategoryScore c : categories) {
            md.append("| ").append(c.id()).append(' ').append(cell(c.title())).append(" | ")
                    .append(Numbers.format(c.points())).append(" | ").append(Numbers.format(c.max())).append(" |\n");
        }
        md.append('\n');
    }

    private static void followUp(StringBuilder md, FollowUp f) {
        md.append("## 上年问题整改情况\n\n").append(inline(ScorecardText.followUpSummary(f))).append("（上年结果：")
                .append(inline(f.source())).append("）\n\n");
        md.append("| 评分项 | 整改情况 | 上年失分 | 本年失分 | 单位填报 | 本年报告原文 |\n|---|---|---:|---:|---|---|\n");
        for (FollowUp.Item i : f.items()) {
            md.append("| ").append(i.criterion()).append(' ').append(cell(i.title())).append(" | ").append(i.label()).append(" | ")
                    .append(Numbers.format(i.lostBefore())).append(" | ").append(Numbers.format(i.lostNow())).append(" | ")
                    .append(cell(i.unitSaid() + (i.closedByUnit() ? "（单位已销号" + (i.closedOn().isBlank() ? "" : "，" + i.closedOn()) + "）" : "")))
                    .append(" | ").append(cell(i.quote())).append(" |\n");
        }
        md.append('\n');
    }

    private static void gaps(StringBuilder md, List<Finding> gaps) {
        md.append("## 失分项及整改建议（").append(gaps.size()).append("项，按失分排序）\n\n");
        if (gaps.isEmpty()) {
            md.append("无。\n\n");
        }
        int n = 1;
        for (Finding f : gaps) {
            md.append("### ").append(n++).append(". ").append(f.criterion()).append(' ').append(inline(f.title()))
                    .append("（").append(ScorecardText.lost(f)).append("，").append(f.status().zh()).append("）\n\n");
            md.append("- 存在问题：").append(inline(f.problem())).append('\n');
            if (!f.problem().equals(f.gap())) {
                md.append("- 考评说明：").append(inline(f.gap())).append('\n');
            }
            if (!f.remedy().target().isBlank()) {
                md.append("- 整改目标：").append(inline(f.remedy().target())).append('\n');
            }
            md.append("- 整改措施：").append(inline(f.suggestion())).append('\n');
            md.append("- ").append(inline(ScorecardText.remedyLine(f))).append('\n');
            md.append("- 依据：").append(inline(f.basis())).append('\n');
            if (!f.evidence().isEmpty()) {
                md.append("- 报告原文：").append(inline(ScorecardText.evidenceLine(f))).append('\n');
            }
            md.append("- 判定规则：`").append(f.rule()).append("`\n\n");
        }
    }

    private static void manual(StringBuilder md, List<Finding> manual) {
        if (manual.isEmpty()) {
            return;
        }
        md.append("## 需人工核查（").append(manual.size()).append("项）\n\n");
        for (Finding f : manual) {
            md.append("- ").append(f.criterion()).append(' ').append(inline(f.title())).append("（")
                    .append(Numbers.format(f.max())).append("分）：").append(inline(f.gap())).append('\n');
        }
        md.append('\n');
    }

    private static void all(StringBuilder md, Scorecard s) {
        boolean self = !s.self().byCriterion().isEmpty();
        md.append("## 全部评分项\n\n| 编号 | 评分项 | 状态 | 得分 | 满分 |").append(self ? " 自评分（差值） |" : "")
                .append(" 说明 | 报告原文 |\n|---|---|---|---:|---:|").append(self ? "---:|" : "").append("---|---|\n");
        for (Finding f : ScorecardText.listed(s)) {
            md.append("| ").append(f.criterion()).append(" | ").append(cell(f.title())).append(" | ")
                    .append(f.status().zh()).append(" | ").append(Numbers.format(f.points())).append(" | ")
                    .append(Numbers.format(f.max())).append(" | ").append(self ? ScorecardText.selfCell(s, f) + " | " : "")
                    .append(cell(f.gap())).append(" | ")
                    .append(cell(ScorecardText.evidenceLine(f))).append(" |\n");
        }
        if (!ScorecardText.otherProfileNote(s).isEmpty()) {
            md.append('\n').append(ScorecardText.otherProfileNote(s)).append('\n');
        }
        md.append('\n');
    }

    /** Report text on one line: no stray newlines breaking a list item. */
    private static String inline(String s) {
        return nz(s).replaceAll("\\s*\\R\\s*", " ");
    }

    /** Report text inside a table cell: a pipe would end the cell. */
    private static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }
}
