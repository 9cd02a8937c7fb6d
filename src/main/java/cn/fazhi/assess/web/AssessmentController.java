package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.Levels;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The list of assessments, a new one, one assessment's page, and the level its reports are scored at. */
final class AssessmentController {
    private final Workbench bench;
    private final Responder responder;
    private final long maxUploadMb;

    AssessmentController(Workbench bench, Responder responder, long maxUploadMb) {
        this.bench = bench;
        this.responder = responder;
        this.maxUploadMb = maxUploadMb;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/", ctx -> responder.page(ctx, "考评批次", "home", HomeView.of(bench.store().assessments(), bench.checklist())));
        routes.post("/assessments", this::create);
        routes.get("/assessments/{id}", this::show);
        routes.post("/assessments/{id}/level", this::setLevel);
        routes.post("/assessments/{id}/previous", this::setPrevious);
    }

    private void create(Context ctx) {
        Double year = CorrectionText.typedNumber(ctx.formParam("year"), "年度");
        if (year != null && year != Math.rint(year)) {
            throw new Workbench.UserError("年度“" + ctx.formParam("year").strip() + "”不正确");
        }
        long id = bench.createAssessment(ctx.formParam("name"), year == null ? null : year.intValue(), blankToNull(ctx.formParam("level")));
        ctx.redirect("/assessments/" + id);
    }

    private void show(Context ctx) {
        Store.Assessment a = bench.assessment(id(ctx));
        String p = ctx.queryParam("page");
        int page = p != null && p.matches("\\d{1,6}") ? Integer.parseInt(p) : 1;
        AssessmentView.Filter filter = new AssessmentView.Filter(ctx.queryParam("q"), ctx.queryParam("level"), page);
        responder.page(ctx, a.name(), "assessment", AssessmentView.of(a, bench.ranking(a.id()), bench.store().reports(a.id()),
                maxUploadMb, bench.checklist(), filter, bench.store().assessments()));
    }

    private void setLevel(Context ctx) {
        Store.Assessment a = bench.assessment(id(ctx));
        String level = blankToNull(ctx.formParam("level"));
        int scored = bench.setLevel(a.id(), level);
        String shown = level == null ? "按报告识别" : Levels.zh(level);
        Responder.redirect(ctx, "/assessments/" + a.id(), "已按“" + shown + "”重新评分，" + scored + "份报告已评分");
    }

    private void setPrevious(Context ctx) {
        Store.Assessment a = bench.assessment(id(ctx));
        String chosen = blankToNull(ctx.formParam("previous"));
        Long previous;
        try {
            previous = chosen == null ? null : Long.valueOf(chosen);
        } catch (NumberFormatException e) {
            throw new Workbench.UserError("请选择上年考评批次");
        }
        bench.setPrevious(a.id(), previous);
        Responder.redirect(ctx, "/assessments/" + a.id(), previous == null ? "已取消上年考评批次"
                : "已设定上年考评批次“" + bench.assessment(previous).name() + "”，各单位的上年问题整改情况见排名和单位页面");
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new Workbench.NotFound("没有这个页面");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
