package cn.fazhi.assess.web;

import io.javalin.http.Context;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Lets through only requests the workbench's own pages make, in both modes: the Host header must name this
 * server (a DNS-rebinding page names another), every POST must come from this origin (Origin, else Referer) and
 * carry the session's CSRF token (a form field or the X-CSRF-Token header). Every response gets the security
 * headers. The token is an HMAC of the session id, so nothing is stored per session.
 */
final class RequestGuard {
    static final String SESSION_COOKIE = "fazhi_session";
    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final int SESSION_SECONDS = 12 * 3600;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret = new byte[32];
    private final Set<String> hosts;

    /** {@code hosts}: the names and addresses the Host header may give (lower case, without port). */
    RequestGuard(Collection<String> hosts) {
        RANDOM.nextBytes(secret);
        this.hosts = Set.copyOf(hosts);
    }

    /** The names a server bound to {@code bound} answers to, and the ones the user allowed. */
    static Set<String> hostsFor(String bound, Collection<String> allowed) {
        Set<String> names = new HashSet<>();
        for (String a : allowed) {
            names.add(a.toLowerCase(Locale.ROOT));
        }
        String host = bound.toLowerCase(Locale.ROOT);
        names.add(host);
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                names.addAll(Set.of("localhost", "127.0.0.1", "[::1]"));
            }
            if (address.isAnyLocalAddress()) {
                names.addAll(localAddresses());
            }
        } catch (UnknownHostException e) {
            // the server could not have bound to it either; nothing more to allow
        }
        if (host.contains(":") && !host.startsWith("[")) {
            names.add("[" + host + "]");
        }
        return names;
    }

    private static Set<String> localAddresses() {
        Set<String> names = new HashSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    String text = a.getHostAddress().replaceFirst("%.*$", "").toLowerCase(Locale.ROOT);
                    names.add(text.contains(":") ? "[" + text + "]" : text);
                }
            }
            names.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (SocketException | UnknownHostException e) {
            // without the list only localhost and --allow-host names are accepted
        }
        return names;
    }

    /** Runs before every handler: headers, the Host check, a session, and for a POST its origin and token. */
    boolean admit(Context ctx, Responder responder) {
        headers(ctx);
        if (!hosts.contains(hostOf(ctx.header("Host")))) {
            responder.error(ctx, 421, "无法处理这个请求", "主机名“" + ctx.header("Host") + "”不是本工作台的地址；如需用这个名称访问，请在启动时加上 --allow-host");
            return false;
        }
        String session = sessionOf(ctx);
        if (!ctx.method().name().equals("POST")) {
            return true;
        }
        if (!sameOrigin(ctx)) {
            responder.error(ctx, 403, "无法处理这个请求", "请求不是从本工作台的页面发出的，已拒绝");
            return false;
        }
        String presented = ctx.header(HEADER);
        if (presented == null && isForm(ctx)) {
            presented = ctx.formParam(FIELD);
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                token(session).getBytes(StandardCharsets.UTF_8))) {
            responder.error(ctx, 403, "无法处理这个请求", "页面已过期或请求来源无法验证，请刷新页面后重试");
            return false;
        }
        return true;
    }

    /** The CSRF token of this request's session, for the page's forms and script. */
    String token(Context ctx) {
        return token(sessionOf(ctx));
    }

    private String token(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The session id from its cookie, or a new one set on the response (and remembered for this request). */
    private static String sessionOf(Context ctx) {
        String made = ctx.attribute(SESSION_COOKIE);
        if (made != null) {
            return made;
        }
        String id = ctx.cookie(SESSION_COOKIE);
        if (id == null || !id.matches("[A-Za-z0-9_-]{43}")) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + SESSION_SECONDS);
        }
        ctx.attribute(SESSION_COOKIE, id);
        return id;
    }

    private boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String from = origin != null ? origin : ctx.header("Referer");
        if (from == null || from.equals("null")) {
            return false;
        }
        try {
            URI uri = new URI(from);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(ctx.header("Host"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static String hostOf(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
