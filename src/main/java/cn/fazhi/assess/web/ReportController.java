package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.export.ScorecardText;
import cn.fazhi.assess.domain.Status;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * One unit's report: its page, the evaluator's corrections and decisions, taking it out of the assessment
 * and back, and keeping it as the one ranked when the unit was uploaded twice.
 */
final class ReportController {
    private final Workbench bench;
    private final Responder responder;

    ReportController(Workbench bench, Responder responder) {
        this.bench = bench;
        this.responder = responder;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/reports/{id}", this::show);
        routes.post("/reports/{id}/facts", this::correctFact);
        routes.post("/reports/{id}/decisions", this::decide);
        routes.post("/reports/{id}/self", this::setSelf);
        routes.post("/reports/{id}/remove", this::remove);
        routes.post("/reports/{id}/restore", this::restore);
        routes.post("/reports/{id}/prefer", this::prefer);
    }

    private void show(Context ctx) {
        Store.Report r = bench.report(AssessmentController.id(ctx));
        if (!r.scored()) {
            responder.page(ctx, r.fileName(), "unscored", r);
            return;
        }
        Store.Assessment a = bench.assessment(r.assessmentId());
        Scorecard card = bench.scorecard(r.id());
        UnitView view = UnitView.of(a, r, card, bench.facts(r.id()), bench.store().text(r.id()), bench.checklist(),
                bench.sameUnit(r.id()));
        responder.page(ctx, view.unit(), "unit", view);
    }

    private void correctFact(Context ctx) {
        long id = AssessmentController.id(ctx);
        double before = bench.scorecard(id).total();
        String value = "1".equals(ctx.formParam("not_stated")) ? null : ctx.formParam("value");
        Scorecard after = bench.correctFact(id, ctx.formParam("key"), value, ctx.formParam("reason"));
        ctx.redirect("/reports/" + id + "?msg=" + Pages.enc("已更正并重新评分：总分 " + Numbers.format(before) + " → "
                + Numbers.format(after.total())) + "#facts");
    }

    private void setSelf(Context ctx) {
        long id = AssessmentController.id(ctx);
        Scorecard after = bench.setSelf(id, ctx.formParam("criterion"), ctx.formParam("points"), ctx.formParam("reason"));
        String line = ScorecardText.selfLine(after);
        ctx.redirect("/reports/" + id + "?msg=" + Pages.enc(line.isEmpty() ? "已保存自评分" : "已保存自评分：" + line) + "#self-score");
    }

    private void decide(Context ctx) {
        long id = AssessmentController.id(ctx);
        double before = bench.scorecard(id).total();
        Status status;
        try {
            status = Status.valueOf(ctx.formParam("status"));
        } catch (RuntimeException e) {
            throw new Workbench.UserError("请选择核定结果");
        }
        Double points = CorrectionText.typedNumber(ctx.formParam("points"), "得分");
        String criterion = ctx.formParam("criterion");
        Scorecard after = bench.decide(id, criterion, status, points, ctx.formParam("reason"));
        String grade = after.veto() ? "，等次" + after.grade() + "（一票否决）" : "";
        ctx.redirect("/reports/" + id + "?msg=" + Pages.enc("已核定" + criterion + "：总分 " + Numbers.format(before) + " → "
                + Numbers.format(after.total()) + grade) + "#f-" + Pages.enc(criterion));
    }

    private void remove(Context ctx) {
        Store.Report r = bench.report(AssessmentController.id(ctx));
        bench.remove(r.id(), ctx.formParam("reason"));
        Responder.redirect(ctx, "/assessments/" + r.assessmentId(), "已移除" + r.fileName() + "；可在页面底部“已移除的文件”中恢复");
    }

    private void restore(Context ctx) {
        Store.Report r = bench.report(AssessmentController.id(ctx));
        bench.restore(r.id());
        Responder.redirect(ctx, "/assessments/" + r.assessmentId(), "已恢复" + r.fileName());
    }

    private void prefer(Context ctx) {
        Store.Report r = bench.report(AssessmentController.id(ctx));
        int removed = bench.prefer(r.id());
        Responder.redirect(ctx, "/reports/" + r.id(), "已以" + r.fileName() + "为准，移除同一单位的其余" + removed + "份报告");
    }
}
