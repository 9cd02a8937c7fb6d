package cn.fazhi.assess.web;

import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The server over plain HTTP: what a browser would send, and what must never come back. */
class WebServerTest {
    @TempDir
    Path dir;
    Database db;
    WebServer server;
    final WebClient web = new WebClient();
    final HttpClient http = web.http;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private String start(String token, long maxMb) throws IOException {
        db = Database.h2(dir.resolve("data"));
        Workbench bench = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        server = new WebServer(bench, maxMb, token).start("127.0.0.1", 0);
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void aReportsScriptIsShownAsTextOnEveryPage() throws Exception {
        String base = start(null, 20);
        post(base + "/assessments", "name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&year=2023&level=");
        String report = Files.readString(WorkbenchTest.XIALU).replace("2023年,在区委",
                "<script>alert('x')</script>2023年,在区委");
        HttpResponse<String> up = upload(base + "/assessments/1/reports", "<img src=x onerror=alert(2)>.txt",
                report.getBytes(StandardCharsets.UTF_8));
        assertThat(up.statusCode()).isEqualTo(200);

        for (String page : new String[]{"/", "/assessments/1", "/reports/1"}) {
            String html = get(base + page).body();
            assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(get(base + "/reports/1").body()).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
        assertThat(get(base + "/assessments/1").body()).contains("&lt;img src=x onerror=alert(2)&gt;.txt");
    }

    @Test
    void pagesNeedNothingFromTheNetwork() throws Exception {
        String base = start(null, 20);
        String home = get(base + "/").body();

        assertThat(home).doesNotContain("http://").doesNotContain("https://").contains("/static/app.css");
        assertThat(get(base + "/static/app.js").statusCode()).isEqualTo(200);
        assertThat(get(base + "/static/app.css").body()).contains(".report-text");
    }

    @Test
    void uploadsOverTheLimitOrOfAnotherTypeAreRefusedWithAReason() throws Exception {
        String base = start(null, 1);
        post(base + "/assessments", "name=a&year=&level=");

        HttpResponse<String> big = upload(base + "/assessments/1/reports", "big.txt", new byte[2 * 1024 * 1024]);
        HttpResponse<String> exe = upload(base + "/assessments/1/reports", "a.exe", new byte[]{1});
        HttpResponse<String> ok = upload(base + "/assessments/1/reports", "xialu.txt", Files.readAllBytes(WorkbenchTest.XIALU));

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("1MB上限");
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("不支持的文件类型");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("下陆区");
    }

    @Test
    void downloadsCarryTheUnitsNameAndTheRightType() throws Exception {
        String base = start(null, 20);
        post(base + "/assessments", "name=a&year=2023&level=");
        upload(base + "/assessments/1/reports", "xialu.txt", Files.readAllBytes(WorkbenchTest.XIALU));

        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/1/ledger.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> json = get(base + "/reports/1/scorecard.json");
        HttpResponse<byte[]> ranking = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments/1/ranking.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''" + URLEncoder.encode("下陆区-整改台账.xlsx", StandardCharsets.UTF_8));
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        assertThat(json.body()).contains("\"unit\" : \"下陆区\"");
        HttpResponse<String> html = get(base + "/reports/1/scorecard.html");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".html");
        assertThat(html.body()).contains("下陆区2023年度法治政府建设年度报告考评结果");
        assertThat(ranking.statusCode()).isEqualTo(200);
        assertThat(get(base + "/reports/99").statusCode()).isEqualTo(404);
        assertThat(get(base + "/reports/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void withATokenNothingIsShownBeforeLogin() throws Exception {
        String token = UUID.randomUUID().toString();
        String base = start(token, 20);

        HttpResponse<String> anonymous = get(base + "/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login");
        assertThat(post(base + "/assessments", "name=x").statusCode()).isEqualTo(302);
        assertThat(tokenCookie(post(base + "/login", "token=wrong"))).isNull();

        String cookie = tokenCookie(post(base + "/login", "token=" + token));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=43200");
        HttpResponse<String> in = get(base + "/");
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains("新建考评批次").contains("退出登录");

        assertThat(tokenCookie(post(base + "/logout", ""))).contains("Max-Age=0");
        assertThat(get(base + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongTokensFromOneAddressAreSlowedDown() throws Exception {
        String base = start(UUID.randomUUID().toString(), 20);
        get(base + "/login");
        for (int i = 0; i < 4; i++) {
            assertThat(post(base + "/login", "token=guess" + i).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> fifth = post(base + "/login", "token=guess5");

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("口令错误次数过多");
    }

    @Test
    void aFormPostedFromAnotherSiteOrWithoutTheTokenIsRefused() throws Exception {
        String base = start(null, 20);
        post(base + "/assessments", "name=a&year=2023&level=");
        String form = "name=forged&year=2023&level=";

        HttpResponse<String> otherSite = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf(base))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noOrigin = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf(base))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(otherSite.body()).contains("不是从本工作台的页面发出的");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("请刷新页面后重试");
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(get(base + "/").body()).doesNotContain("forged");
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        String base = start(null, 20);

        String rebound = rawGet(server.port(), "evil.example:" + server.port());
        String own = rawGet(server.port(), "localhost:" + server.port());

        assertThat(rebound).startsWith("HTTP/1.1 421");
        assertThat(own).startsWith("HTTP/1.1 200");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        String base = start(null, 20);

        for (String path : new String[]{"/", "/static/app.js", "/nope", "/reports/99"}) {
            HttpResponse<String> r = get(base + path);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
                    .contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'").contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        HttpResponse<String> missing = get(base + "/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这个页面").doesNotContain("Endpoint");
        assertThat(get(base + "/").headers().firstValue("Content-Type").orElseThrow().toLowerCase()).contains("charset=utf-8");
    }

    private static String tokenCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("fazhi_token=")).findFirst().orElse(null);
    }

    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String csrf(String base) throws IOException, InterruptedException {
        return web.csrf(base);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return web.get(url);
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return web.post(url, form);
    }

    private HttpResponse<String> upload(String url, String fileName, byte[] content) throws IOException, InterruptedException {
        return web.upload(url, fileName, content);
    }
}
