package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.ScorecardWriter;
import cn.fazhi.assess.export.XlsxRankingWriter;
import cn.fazhi.assess.export.XlsxLedgerWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files to take away: the assessment's 排名.xlsx, a unit's 整改台账.xlsx and scorecards, and the file as uploaded. */
final class ExportController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Workbench bench;

    ExportController(Workbench bench) {
        this.bench = bench;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/assessments/{id}/ranking.xlsx", this::ranking);
        routes.get("/reports/{id}/ledger.xlsx", this::ledger);
        routes.get("/reports/{id}/scorecard.html", ctx -> scorecard(ctx, new HtmlScorecardWriter(), "text/html"));
        routes.get("/reports/{id}/scorecard.json", ctx -> scorecard(ctx, new JsonScorecardWriter(), "application/json"));
        routes.get("/reports/{id}/original", this::original);
    }

    /** The ranking's links to units' pages are made absolute: a workbook opened from the downloads folder has no page to be relative to. */
    private void ranking(Context ctx) throws IOException {
        Store.Assessment a = bench.assessment(AssessmentController.id(ctx));
        Ranking ranking = bench.ranking(a.id(), ctx.scheme() + "://" + ctx.host());
        List<CategoryScore> heads = ranking.units().isEmpty() ? List.of() : ranking.units().get(0).unit().categories();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRankingWriter().write(ranking, heads, out);
        Responder.download(ctx, a.name() + "-排名.xlsx", XLSX, out.toByteArray());
    }

    private void ledger(Context ctx) throws IOException {
        Scorecard card = bench.scorecard(AssessmentController.id(ctx));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxLedgerWriter().write(card, XlsxLedgerWriter.titles(card.categories()), out);
        Responder.download(ctx, fileStem(card) + "-整改台账.xlsx", XLSX, out.toByteArray());
    }

    private void scorecard(Context ctx, ScorecardWriter writer, String type) {
        Scorecard card = bench.scorecard(AssessmentController.id(ctx));
        Responder.download(ctx, fileStem(card) + "-评分表." + writer.extension(), type + "; charset=utf-8",
                writer.write(card).getBytes(StandardCharsets.UTF_8));
    }

    private void original(Context ctx) {
        Store.Report r = bench.report(AssessmentController.id(ctx));
        Responder.download(ctx, r.fileName(), "application/octet-stream", bench.store().original(r.id()));
    }

    private static String fileStem(Scorecard card) {
        return card.unit() == null ? "未识别单位" : card.unit();
    }
}
