package cn.fazhi.assess.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.http.BadMessageException;

import java.util.List;
import java.util.Locale;

/**
 * The workbench's web server: the guard in front of every request, one controller per resource (login,
 * assessments, uploads, reports, exports) over the {@link Workbench} service, pages from templates, and
 * every error answered in Chinese in one shape. Scripts and styles are served from the jar, so it works offline.
 */
public final class WebServer implements AutoCloseable {
    private final List<String> allowedHosts;
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
        this.allowedHosts = List.copyOf(allowedHosts);
        Responder responder = new Responder(ctx -> guard.token(ctx), token != null);
        LoginController login = new LoginController(responder, token);
        UploadController uploads = new UploadController(bench, maxUploadMb);
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
            RoutesConfig routes = config.routes;
            routes.before(ctx -> {
                if (!guard.admit(ctx, responder) || !login.admit(ctx)) {
                    ctx.skipRemainingHandlers();
                }
            });
            routes.after(ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && type.startsWith("text/html") && !type.toLowerCase(Locale.ROOT).contains("charset")) {
                    ctx.contentType("text/html; charset=utf-8"); // every page is UTF-8, whatever the browser guesses
                }
            });
            login.addTo(routes);
            new AssessmentController(bench, responder, maxUploadMb).addTo(routes);
            uploads.addTo(routes);
            new ReportController(bench, responder).addTo(routes);
            new ExportController(bench).addTo(routes);
            errors(routes, responder, uploads);
        });
    }

    private static void errors(RoutesConfig routes, Responder responder, UploadController uploads) {
        routes.exception(Workbench.NotFound.class, (e, ctx) -> responder.error(ctx, 404, "未找到", e.getMessage()));
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                responder.error(ctx, 404, "未找到", "没有这个页面");
            }
        });
        routes.error(405, "*", ctx -> responder.error(ctx, 405, "无法处理这个请求", "这个地址不接受这种请求，请从工作台的页面操作"));
        routes.exception(Workbench.UserError.class, (e, ctx) -> Responder.back(ctx, e.getMessage()));
        routes.exception(BadMessageException.class, (e, ctx) -> responder.error(ctx, e.getCode(), "无法处理这个请求",
                e.getCode() == 413 ? uploads.tooLarge() : "请求不完整或格式有误，请重试"));
        routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("fazhi serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            responder.error(ctx, 500, "出错了", "工作台处理这个请求时出现意外错误，已记录在服务器日志中。请返回重试；如仍出错，请把操作步骤告诉维护人员。");
        });
    }

    public WebServer start(String host, int port) {
        guard = new RequestGuard(RequestGuard.hostsFor(host, allowedHosts));
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
