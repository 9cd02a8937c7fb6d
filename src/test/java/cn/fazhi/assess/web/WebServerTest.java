package cn.fazhi.assess.web;

import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
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
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
        assertThat(get(base + "/reports/1").body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
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

        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/1/rectification.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> json = get(base + "/reports/1/scorecard.json");
        HttpResponse<byte[]> ranking = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments/1/ranking.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''%E4%B8%8B%E9%99%86%E5%8C%BA-%E6%95%B4%E6%94%B9%E6%B8%85%E5%8D%95.xlsx");
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
        assertThat(post(base + "/login", "token=wrong").headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> login = post(base + "/login", "token=" + token);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains("新建考评批次");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String url, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----fazhi" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
