package cn.fazhi.assess.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Token mode: the token is presented once at /login, the browser keeps a digest of it in a cookie that
 * expires; 退出登录 drops it; wrong tokens are slowed down per address. Without a token every route is open
 * to whoever can reach the (by default local) address.
 */
final class LoginController {
    private static final String COOKIE = "fazhi_token";
    private static final String HINT = "口令由启动工作台的人员在启动时设定（serve --token）。";

    private final Responder responder;
    private final String token;
    private final LoginThrottle throttle = new LoginThrottle();

    LoginController(Responder responder, String token) {
        this.responder = responder;
        this.token = token;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/login", ctx -> responder.page(ctx, "登录", "login", HINT));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    /** Runs before every handler: without the cookie, off to /login. Returns whether the request may go on. */
    boolean admit(Context ctx) {
        if (token == null || ctx.path().equals("/login") || ctx.path().startsWith("/static/")) {
            return true;
        }
        String presented = ctx.cookie(COOKIE);
        if (presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                cookieValue().getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        if (Responder.wantsJson(ctx)) {
            responder.error(ctx, 401, "需要登录", "登录已过期，请刷新页面后重新登录");
        } else {
            ctx.redirect("/login");
        }
        return false;
    }

    private void login(Context ctx) {
        String address = ctx.ip();
        long wait = throttle.secondsToWait(address);
        if (wait > 0) {
            ctx.status(429);
            responder.page(ctx, "登录", "login", HINT, "口令错误次数过多，请" + wait + "秒后再试");
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
            ctx.redirect("/login?error=" + Pages.enc("口令不正确"));
        }
    }

    private void logout(Context ctx) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.redirect(token == null ? "/" : "/login");
    }

    /** The cookie carries a digest of the token: any characters may be in a token, and it is not echoed back. */
    private String cookieValue() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
