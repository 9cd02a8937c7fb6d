package cn.fazhi.assess.web;

import cn.fazhi.assess.domain.CategoryScore;
import cn.fazhi.assess.domain.Levels;
import cn.fazhi.assess.domain.Numbers;
import cn.fazhi.assess.domain.Ranking;
import cn.fazhi.assess.domain.Scorecard;
import cn.fazhi.assess.domain.Status;
import cn.fazhi.assess.export.HtmlScorecardWriter;
import cn.fazhi.assess.export.JsonScorecardWriter;
import cn.fazhi.assess.export.ScorecardWriter;
import cn.fazhi.assess.export.XlsxRankingWriter;
import cn.fazhi.assess.export.XlsxRectificationWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.http.BadMessageException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The workbench's web server: pages rendered on the server (everything from a report or an upload escaped),
 * a little script for uploads, sorting and highlighting, all served from the jar so it works offline.
 */
public final class WebServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COOKIE = "fazhi_token";

    private final Workbench bench;
    private final long maxUploadMb;
    private final String token;
    private final List<String> allowedHosts;
    private final LoginThrottle throttle = new LoginThrottle();
    private final Javalin app;
    private volatile RequestGuard guard;

    public WebServer(Workbench bench, long maxUploadMb, String token) {
        this(bench, maxUploadMb, token, List.of());
    }

    /**
     * {@code token}, when given, must be presented once at /login; the browser then keeps it in a cookie.
     * {@code allowedHosts}: names besides the bound address that browsers may use to reach the workbench.
     */
    public WebServer(Workbench bench, long maxUploadMb, String token, List<String> allowedHosts) {
        this.bench = bench;
        this.maxUploadMb = maxUploadMb;
        this.token = token;
        this.allowedHosts = List.copyOf(allowedHosts);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = (maxUploadMb + 1) * 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(maxUploadMb, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(maxUploadMb + 1, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                if (!guard.admit(ctx)) {
                    ctx.skipRemainingHandlers();
                    return;
                }
                authorize(ctx);
            });
            config.routes.after(ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && type.startsWith("text/html") && !type.toLowerCase(Locale.ROOT).contains("charset")) {
                    ctx.contentType("text/html; charset=utf-8"); // every page is UTF-8, whatever the browser guesses
                }
            });
            config.routes.get("/login", ctx -> ctx.html(page(ctx, "登录", LOGIN, null, ctx.queryParam("error"))));
            config.routes.post("/login", this::login);
            config.routes.post("/logout", this::logout);
            config.routes.get("/", ctx -> ctx.html(page(ctx, "考评批次",
                    HomePage.render(bench.store().assessments(), bench.checklist()), null, ctx.queryParam("error"))));
            config.routes.post("/assessments", this::createAssessment);
            config.routes.get("/assessments/{id}", this::assessment);
            config.routes.post("/assessments/{id}/reports", this::upload);
            config.routes.post("/assessments/{id}/level", this::setLevel);
            config.routes.get("/assessments/{id}/ranking.xlsx", this::rankingWorkbook);
            config.routes.get("/reports/{id}", this::unit);
            config.routes.post("/reports/{id}/facts", this::correctFact);
            config.routes.post("/reports/{id}/decisions", this::decide);
            config.routes.post("/reports/{id}/remove", this::remove);
            config.routes.post("/reports/{id}/restore", this::restore);
            config.routes.get("/reports/{id}/rectification.xlsx", this::rectificationWorkbook);
            config.routes.get("/reports/{id}/scorecard.html", ctx -> scorecardFile(ctx, new HtmlScorecardWriter(), "text/html"));
            config.routes.get("/reports/{id}/scorecard.json", ctx -> scorecardFile(ctx, new JsonScorecardWriter(), "application/json"));
            config.routes.get("/reports/{id}/original", this::original);
            config.routes.exception(Workbench.NotFound.class, (e, ctx) -> notFound(ctx, e.getMessage()));
            config.routes.exception(NumberFormatException.class, (e, ctx) -> notFound(ctx, "没有这个页面"));
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    notFound(ctx, "没有这个页面");
                }
            });
            config.routes.exception(Workbench.UserError.class, (e, ctx) -> back(ctx, null, e.getMessage()));
            config.routes.exception(BadMessageException.class, (e, ctx) -> {
                String why = e.getCode() == 413 ? "文件超过" + maxUploadMb + "MB上限，或上传不完整" : "请求不完整或格式有误，请重试";
                if (ctx.path().endsWith("/reports")) {
                    json(ctx, e.getCode(), Map.of("error", why));
                } else {
                    ctx.status(e.getCode()).html(page(ctx, "无法处理这个请求", "<h1>无法处理这个请求</h1><p>" + Html.esc(why)
                            + "</p><p><a href=\"/\">返回首页</a></p>", null, null));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("fazhi serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                ctx.status(500).html(page(ctx, "出错了", "<h1>出错了</h1><p>工作台处理这个请求时出现意外错误，已记录在服务器日志中。"
                        + "请返回重试；如仍出错，请把操作步骤告诉维护人员。</p><p><a href=\"/\">返回首页</a></p>", null, null));
            });
        });
    }

    public WebServer start(String host, int port) {
        guard = new RequestGuard(RequestGuard.hostsFor(host, allowedHosts));
        app.start(host, port);
        return this;
    }

    private String page(Context ctx, String title, String body, String message, String error) {
        String logout = token == null || ctx.path().equals("/login") ? ""
                : "<form method=\"post\" action=\"/logout\" class=\"logout\">" + Html.CSRF_FIELD
                + "<button type=\"submit\">退出登录</button></form>\n";
        return Html.page(title, logout + body, message, error, guard.token(ctx));
    }

    private void notFound(Context ctx, String why) {
        ctx.status(404).html(page(ctx, "未找到", "<h1>未找到</h1><p>" + Html.esc(why) + "</p><p><a href=\"/\">返回首页</a></p>",
                null, null));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void authorize(Context ctx) {
        if (token == null || ctx.path().equals("/login") || ctx.path().startsWith("/static/")) {
            return;
        }
        String presented = ctx.cookie(COOKIE);
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), cookieValue().getBytes(StandardCharsets.UTF_8))) {
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }

    private static final String LOGIN = "<h1>登录</h1>\n<form method=\"post\" action=\"/login\" class=\"card\">" + Html.CSRF_FIELD + "<label>访问口令 "
            + "<input name=\"token\" type=\"password\" required autofocus></label> <button type=\"submit\">进入</button></form>\n"
            + "<p class=\"hint\">口令由启动工作台的人员在启动时设定（serve --token）。</p>\n";

    /** The cookie carries a digest of the token: any characters may be in a token, and it is not echoed back. */
    private String cookieValue() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void login(Context ctx) {
        String address = ctx.ip();
        long wait = throttle.secondsToWait(address);
        if (wait > 0) {
            ctx.status(429).html(page(ctx, "登录", LOGIN, null, "口令错误次数过多，请" + wait + "秒后再试"));
            return;
        }
        String given = ctx.formParam("token");
        if (token != null && given != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throttle.succeeded(address);
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + cookieValue() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                    + RequestGuard.SESSION_SECONDS);
            ctx.redirect("/");
        } else {
            throttle.failed(address);
            ctx.redirect("/login?error=" + enc("口令不正确"));
        }
    }

    private void logout(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.redirect(token == null ? "/" : "/login");
    }

    private void createAssessment(Context ctx) {
        String year = ctx.formParam("year");
        String level = ctx.formParam("level");
        Integer y;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new Workbench.UserError("年度“" + year + "”不是数字");
        }
        long id = bench.createAssessment(ctx.formParam("name"), y, blankToNull(level));
        ctx.redirect("/assessments/" + id);
    }

    private void assessment(Context ctx) {
        Store.Assessment a = assessmentOf(ctx);
        Ranking ranking = bench.ranking(a.id());
        ctx.html(page(ctx, a.name(), AssessmentPage.render(a, ranking, bench.store().reports(a.id()), maxUploadMb,
                        bench.checklist().profiles().keySet()),
                ctx.queryParam("msg"), ctx.queryParam("error")));
    }

    private void setLevel(Context ctx) {
        Store.Assessment a = assessmentOf(ctx);
        String level = blankToNull(ctx.formParam("level"));
        int scored = bench.setLevel(a.id(), level);
        String shown = level == null ? "按报告识别" : Levels.zh(level);
        ctx.redirect("/assessments/" + a.id() + "?msg=" + enc("已按“" + shown + "”重新评分，" + scored + "份报告已评分"));
    }

    /** One request per file from the page's script (a plain form post with several files works too); answers JSON. */
    private void upload(Context ctx) throws JsonProcessingException {
        long id = assessmentOf(ctx).id();
        String length = ctx.header("Content-Length");
        if (length != null && Long.parseLong(length) > (maxUploadMb + 1) * 1024 * 1024) {
            json(ctx, 413, Map.of("error", "文件超过" + maxUploadMb + "MB上限"));
            return;
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            json(ctx, 413, Map.of("error", "文件超过" + maxUploadMb + "MB上限，或上传不完整"));
            return;
        }
        if (files.isEmpty()) {
            json(ctx, 400, Map.of("error", "没有收到文件"));
            return;
        }
        List<Map<String, Object>> results = new ArrayList<>();
        int status = 200;
        for (UploadedFile f : files) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", Workbench.displayName(f.filename()));
            try (InputStream in = f.content()) {
                Workbench.Upload up = bench.upload(id, f.filename(), in.readAllBytes());
                r.put("report", up.reportId());
                r.put("unit", up.unit());
                r.put("total", up.total());
                r.put("error", up.error());
            } catch (Workbench.UserError e) {
                r.put("error", e.getMessage());
                status = files.size() == 1 ? 400 : 200;
            } catch (IOException e) {
                r.put("error", "上传不完整：" + e.getMessage());
                status = files.size() == 1 ? 400 : 200;
            }
            results.add(r);
        }
        json(ctx, status, Map.of("files", results));
    }

    private void rankingWorkbook(Context ctx) throws IOException {
        Store.Assessment a = assessmentOf(ctx);
        Ranking ranking = bench.ranking(a.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CategoryScore> heads = ranking.units().isEmpty() ? List.of()
                : ranking.units().get(0).unit().categories();
        new XlsxRankingWriter().write(ranking, heads, out);
        download(ctx, a.name() + "-排名.xlsx", XLSX, out.toByteArray());
    }

    private void unit(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        Store.Report r = bench.store().report(id).orElseThrow(() -> new Workbench.NotFound("没有这份报告"));
        Store.Assessment a = bench.store().assessment(r.assessmentId()).orElseThrow();
        if (!r.scored()) {
            ctx.html(page(ctx, r.fileName(), "<nav class=\"crumbs\"><a href=\"/\">考评批次</a> › <a href=\"/assessments/" + a.id()
                    + "\">" + Html.esc(a.name()) + "</a></nav>\n<h1>" + Html.esc(r.fileName()) + "</h1>\n<p class=\"flash error\">未能评分："
                    + Html.esc(r.error()) + "</p>\n" + AssessmentPage.removeForm(r), null, null));
            return;
        }
        Scorecard card = bench.scorecard(id);
        ctx.html(page(ctx, card.unit(), UnitPage.render(a, r, card, bench.facts(id), bench.store().text(id), bench.checklist()),
                ctx.queryParam("msg"), ctx.queryParam("error")));
    }

    private void correctFact(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        double before = bench.scorecard(id).total();
        String value = "1".equals(ctx.formParam("not_stated")) ? null : ctx.formParam("value");
        Scorecard after = bench.correctFact(id, ctx.formParam("key"), value, ctx.formParam("reason"));
        ctx.redirect("/reports/" + id + "?msg=" + enc("已更正并重新评分：总分 " + fmt(before) + " → " + fmt(after.total())) + "#facts");
    }

    private void decide(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        double before = bench.scorecard(id).total();
        Status status;
        try {
            status = Status.valueOf(ctx.formParam("status"));
        } catch (RuntimeException e) {
            throw new Workbench.UserError("请选择核定结果");
        }
        String points = ctx.formParam("points");
        Double p;
        try {
            p = points == null || points.isBlank() ? null : Double.valueOf(points.strip());
        } catch (NumberFormatException e) {
            throw new Workbench.UserError("得分“" + points + "”不是数字");
        }
        String criterion = ctx.formParam("criterion");
        Scorecard after = bench.decide(id, criterion, status, p, ctx.formParam("reason"));
        ctx.redirect("/reports/" + id + "?msg=" + enc("已核定" + criterion + "：总分 " + fmt(before) + " → " + fmt(after.total()))
                + "#f-" + enc(criterion));
    }

    private void remove(Context ctx) {
        Store.Report r = reportOf(ctx);
        bench.remove(r.id(), ctx.formParam("reason"));
        ctx.redirect("/assessments/" + r.assessmentId() + "?msg=" + enc("已移除" + r.fileName() + "；可在页面底部“已移除的文件”中恢复"));
    }

    private void restore(Context ctx) {
        Store.Report r = reportOf(ctx);
        bench.restore(r.id());
        ctx.redirect("/assessments/" + r.assessmentId() + "?msg=" + enc("已恢复" + r.fileName()));
    }

    private Store.Report reportOf(Context ctx) {
        return bench.store().report(Long.parseLong(ctx.pathParam("id"))).orElseThrow(() -> new Workbench.NotFound("没有这份报告"));
    }

    private void rectificationWorkbook(Context ctx) throws IOException {
        Scorecard card = scorecard(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRectificationWriter().write(card, XlsxRectificationWriter.titles(card.categories()), out);
        download(ctx, card.unit() + "-整改清单.xlsx", XLSX, out.toByteArray());
    }

    private void scorecardFile(Context ctx, ScorecardWriter writer, String type) {
        Scorecard card = scorecard(ctx);
        download(ctx, card.unit() + "-评分表." + writer.extension(), type + "; charset=utf-8",
                writer.write(card).getBytes(StandardCharsets.UTF_8));
    }

    private void original(Context ctx) {
        long id = Long.parseLong(ctx.pathParam("id"));
        Store.Report r = bench.store().report(id).orElseThrow(() -> new Workbench.NotFound("没有这份报告"));
        download(ctx, r.fileName(), "application/octet-stream", bench.store().original(id));
    }

    private Scorecard scorecard(Context ctx) {
        return bench.scorecard(Long.parseLong(ctx.pathParam("id")));
    }

    private Store.Assessment assessmentOf(Context ctx) {
        return bench.store().assessment(Long.parseLong(ctx.pathParam("id")))
                .orElseThrow(() -> new Workbench.NotFound("没有这个考评批次"));
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static void download(Context ctx, String fileName, String type, byte[] bytes) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + enc(fileName).replace("+", "%20"));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(bytes);
    }

    /** After a form post that could not be done: back to the page it came from, with the reason. */
    private static void back(Context ctx, String msg, String error) {
        if (ctx.path().endsWith("/reports") && ctx.method().name().equals("POST")) {
            json(ctx, 400, Map.of("error", error));
            return;
        }
        String to = ctx.path().replaceFirst("/(facts|decisions|level|remove|restore)$", "");
        if (to.equals("/assessments")) {
            to = "/";
        }
        ctx.redirect(to + "?error=" + enc(error));
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String fmt(double d) {
        return Numbers.format(d);
    }
}
