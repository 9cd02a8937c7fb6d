package cn.fazhi.assess.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How every route answers: a page in the shared frame, a redirect carrying a message, a download, and one
 * error shape — the error page for a browser, {@code {"error": "…"}} for the page's script — always in Chinese.
 */
final class Responder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages = new Pages();
    private final Function<Context, String> csrf;
    private final boolean logout;

    /** {@code csrf}: the request's session token; {@code logout}: whether pages offer 退出登录 (token mode). */
    Responder(Function<Context, String> csrf, boolean logout) {
        this.csrf = csrf;
        this.logout = logout;
    }

    /** A page with the message or error its link carries (?msg=, ?error=). */
    void page(Context ctx, String title, String template, Object view) {
        page(ctx, title, template, view, ctx.queryParam("error"));
    }

    void page(Context ctx, String title, String template, Object view, String error) {
        Frame frame = new Frame(title, ctx.queryParam("msg"), error, csrf.apply(ctx), logout && !ctx.path().equals("/login"));
        ctx.html(pages.render(template, frame, view));
    }

    /** A page with an error the user did not come from a form for (a wrong link, a refused request). */
    void error(Context ctx, int status, String title, String why) {
        if (wantsJson(ctx)) {
            json(ctx, status, Map.of("error", why));
            return;
        }
        ctx.status(status);
        page(ctx, title, "message", why, null);
    }

    /** The page's script asks for JSON (uploads, requests with the CSRF header); a browser navigating does not. */
    static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return (ctx.path().endsWith("/reports") && ctx.method().name().equals("POST"))
                || ctx.header(RequestGuard.HEADER) != null
                || (accept != null && accept.toLowerCase(Locale.ROOT).startsWith("application/json"));
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    static void redirect(Context ctx, String path, String message) {
        ctx.redirect(path + (message == null ? "" : (path.contains("?") ? "&" : "?") + "msg=" + Pages.enc(message)));
    }

    /** After a form post that could not be done: back to the page it came from, with the reason. */
    static void back(Context ctx, String error) {
        if (wantsJson(ctx)) {
            json(ctx, 400, Map.of("error", error));
            return;
        }
        String to = ctx.path().replaceFirst("/(facts|decisions|level|remove|restore|prefer)$", "");
        if (to.equals("/assessments")) {
            to = "/";
        }
        ctx.redirect(to + "?error=" + Pages.enc(error));
    }

    static void download(Context ctx, String fileName, String type, byte[] bytes) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + Pages.enc(fileName).replace("+", "%20"));
        ctx.result(bytes);
    }
}
