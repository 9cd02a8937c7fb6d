package cn.fazhi.assess.web;

import cn.fazhi.assess.scoring.RuleHarness;
import com.sun.net.httpserver.HttpServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench driven through headless Chromium the way an evaluator uses it: Debian's chromium and
 * chromium-driver (installed by .ci/run; the test skips where they are missing, never downloads a browser).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static Database db;
    static WebServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        db = Database.h2(dir.resolve("data"));
        Workbench bench = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        server = new WebServer(bench, 20, null).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + dir.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", dir.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void anEvaluatorUploadsReviewsCorrectsAndDownloads() throws IOException {
        // create an assessment
        browser.get(base + "/");
        browser.findElement(By.name("name")).sendKeys("2023年度区县法治政府建设考评");
        browser.findElement(By.name("year")).sendKeys("2023");
        browser.findElement(By.cssSelector("#new-assessment button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("drop")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2023年度区县法治政府建设考评");

        // upload two seed reports and a file of another type at once, as a multiple file choice
        Path other = Files.writeString(dir.resolve("说明.exe"), "not a report");
        String files = WorkbenchTest.XIALU.toAbsolutePath() + "\n" + WorkbenchTest.ZHONGKAI.toAbsolutePath() + "\n" + other;
        browser.findElement(By.id("files")).sendKeys(files);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uploads-done")));
        String xialuTotal = fmt(RuleHarness.PIPELINE.score(RuleHarness.PIPELINE.load(WorkbenchTest.XIALU)).total());
        assertThat(browser.findElement(By.id("uploads")).getText())
                .contains("说明.exe：不支持的文件类型").contains("已评分：下陆区 " + xialuTotal + "分").contains("完成：2/3个文件已评分");
        browser.findElement(By.id("show-ranking")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ranking tbody tr"), 2));
        List<WebElement> rows = browser.findElements(By.cssSelector("#ranking tbody tr"));
        assertThat(rows.get(0).getText()).contains("下陆区").contains(xialuTotal);
        assertThat(browser.findElements(By.cssSelector("svg[aria-label='得分分布'] rect"))).hasSize(10);

        // sorting by total ascending puts the lower unit first
        WebElement totalHead = browser.findElements(By.cssSelector("#ranking thead th")).get(4);
        totalHead.click();
        assertThat(browser.findElement(By.cssSelector("#ranking tbody tr")).getText()).doesNotContain("下陆区");

        // open the unit, click a finding: its quote lights up in the report text and scrolls into view
        browser.findElement(By.linkText("下陆区")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
        WebElement finding = browser.findElement(By.id("f-G1"));
        String quote = finding.findElement(By.tagName("q")).getText();
        finding.click();
        List<WebElement> lit = browser.findElements(By.cssSelector("#report-text mark.active"));
        assertThat(lit).isNotEmpty();
        assertThat(lit.stream().map(WebElement::getText).reduce("", String::concat)).contains(quote);
        assertThat(visibleInTextPane(lit.get(0))).as("the highlighted quote is scrolled into view").isTrue();
        WebElement partial = browser.findElement(By.cssSelector("h3.s-PARTIAL + ul li.finding"));
        partial.click();
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot(Path.of("target/workbench-scorecard.png")); // the picture in docs/workbench.md

        // correct a fact and see the total change
        double before = Double.parseDouble(browser.findElement(By.id("total")).getText());
        new Select(browser.findElement(By.id("fact-key"))).selectByValue("dispute.court_appearance_rate");
        browser.findElement(By.id("fact-value")).sendKeys("60");
        browser.findElement(By.id("fact-reason")).sendKeys("出庭的是分管负责人");
        browser.findElement(By.cssSelector("#correct-fact button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
        double after = Double.parseDouble(browser.findElement(By.id("total")).getText());
        assertThat(after).isLessThan(before);
        assertThat(browser.findElement(By.id("message")).getText()).contains(fmt(before)).contains(fmt(after));
        assertThat(browser.findElement(By.id("change-log")).getText()).contains("出庭的是分管负责人").contains("100").contains("60");
        WebElement g1 = browser.findElement(By.id("f-G1"));
        assertThat(g1.findElement(By.cssSelector("ins.corrected")).getText()).startsWith("评估人员更正为60（理由：出庭的是分管负责人");
        assertThat(g1.findElement(By.tagName("del")).getText()).isEqualTo(quote);
        assertThat(g1.findElements(By.tagName("q"))).as("the report's quote is no longer given as evidence").isEmpty();

        // decide a 需人工核查 item by hand: 达标, with the reason
        WebElement manual = browser.findElement(By.id("f-A5"));
        assertThat(manual.getText()).contains("需人工核查");
        new Select(manual.findElement(By.name("status"))).selectByValue("MET");
        manual.findElement(By.name("reason")).sendKeys("已查阅政府网站，3月28日公开");
        manual.findElement(By.cssSelector("form.decide button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已核定A5"));
        double decided = Double.parseDouble(browser.findElement(By.id("total")).getText());
        assertThat(decided).isGreaterThan(after);
        assertThat(browser.findElement(By.id("f-A5")).getText()).contains("达标").contains("人工核定").contains("已查阅政府网站");
        assertThat(browser.findElement(By.id("change-log")).getText()).contains("人工核定").contains("已查阅政府网站");
        after = decided;

        // download the workbook: its rows are the unit's gaps, and the correction is on record
        browser.findElement(By.id("download-rectification")).click();
        Path workbook = awaitDownload(dir.resolve("downloads"), "下陆区-整改台账.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet list = wb.getSheet("整改台账");
            assertThat(list.getRow(2).getCell(4).getStringCellValue()).isEqualTo("存在问题");
            assertThat(list.getLastRowNum()).isGreaterThan(7);
            boolean courtRow = false;
            for (Row r : list) {
                courtRow |= r.getRowNum() > 2 && r.getCell(3).getStringCellValue().startsWith("G1 ");
            }
            assertThat(courtRow).as("the corrected 出庭应诉率 is now a gap").isTrue();
            assertThat(wb.getSheet("更正记录").getRow(1).getCell(4).getStringCellValue()).isEqualTo("出庭的是分管负责人");
            assertThat(wb.getSheet("更正记录").getRow(2).getCell(0).getStringCellValue()).isEqualTo("人工核定");
            assertThat(wb.getSheet("得分").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(after);
        }
    }

    private static boolean visibleInTextPane(WebElement mark) {
        Object inside = ((JavascriptExecutor) browser).executeScript(
                "const m = arguments[0].getBoundingClientRect(), p = document.getElementById('report-text').getBoundingClientRect();"
                        + "return m.top >= p.top && m.bottom <= p.bottom && m.top >= 0 && m.bottom <= window.innerHeight;", mark);
        return Boolean.TRUE.equals(inside);
    }

    @Test
    void aBadFileIsRemovedAndRestoredFromTheAssessmentPage() {
        Workbench service = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        long assessment = service.createAssessment("移除与恢复", 2023, null);
        service.upload(assessment, "空文件.txt", new byte[0]);
        browser.get(base + "/assessments/" + assessment);

        WebElement failures = browser.findElement(By.id("failures"));
        failures.findElement(By.name("reason")).sendKeys("上传错了");
        failures.findElement(By.cssSelector("form.remove button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("removed")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("已移除空文件.txt");
        assertThat(browser.findElements(By.id("failures"))).isEmpty();
        assertThat(browser.findElement(By.id("removed")).getText()).contains("空文件.txt").contains("上传错了");

        browser.findElement(By.cssSelector("#removed button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failures")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("已恢复空文件.txt");
        assertThat(browser.findElements(By.id("removed"))).isEmpty();
    }

    @Test
    void twentyChangesSentAtOnceToOneUnitAllAppearWithoutARestart() {
        Workbench service = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        long assessment = service.createAssessment("同时更正", 2023, null);
        long report = service.upload(assessment, "下陆区.txt", bytes(WorkbenchTest.XIALU)).reportId();
        browser.get(base + "/reports/" + report);

        // twenty form posts at once from the unit's page, as twenty tabs would send them
        Object sent = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name="csrf-token"]').content;
                const posts = [];
                for (let i = 1; i <= 20; i++) {
                  const form = new URLSearchParams({key: 'dispute.court_appearance_rate', value: String(100 - i),
                                                    reason: '第' + i + '次更正', _csrf: token});
                  posts.push(fetch(location.pathname + '/facts', {method: 'POST', body: form}).then(r => r.status));
                }
                Promise.all(posts).then(done);""");
        assertThat((List<?>) sent).hasSize(20).allSatisfy(status -> assertThat(((Number) status).intValue()).isEqualTo(200));

        browser.navigate().refresh();
        List<WebElement> log = browser.findElements(By.cssSelector("#change-log tr"));
        assertThat(log).hasSize(21);
        String previous = "100";
        for (WebElement row : log.subList(1, log.size())) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(3).getText()).as("原值 is the value the change before left").isEqualTo(previous);
            previous = cells.get(4).getText();
        }
        String last = browser.findElement(By.cssSelector("#fact-table tr[data-key='dispute.court_appearance_rate'] td.value")).getText();
        assertThat(last).isEqualTo(previous);
    }

    @Test
    void theLevelIsChangedWithABadFileInTheAssessment() {
        Workbench service = new Workbench(RuleHarness.PIPELINE, new Store(db.dataSource()));
        long assessment = service.createAssessment("层级与坏文件", 2023, null);
        service.upload(assessment, "空文件.txt", new byte[0]);
        service.upload(assessment, "下陆区.txt", bytes(WorkbenchTest.XIALU));
        browser.get(base + "/assessments/" + assessment);

        browser.findElement(By.cssSelector("details.level summary")).click();
        new Select(browser.findElement(By.cssSelector("#level-form select"))).selectByValue("township");
        browser.findElement(By.cssSelector("#level-form button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
        assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("已按“乡镇（街道）”重新评分，1份报告已评分");
        assertThat(browser.findElement(By.cssSelector("#ranking tbody tr")).getText()).contains("下陆区").contains("乡镇（街道）");
        assertThat(browser.findElement(By.id("failures")).getText()).contains("空文件.txt");
    }

    @Test
    void inTokenModeAFormPostedFromAnotherSiteIsRefusedToo() throws IOException {
        Database tokenDb = Database.h2(dir.resolve("token-data"));
        String token = "浏览器测试口令-0123456789";
        try (WebServer guarded = new WebServer(new Workbench(RuleHarness.PIPELINE, new Store(tokenDb.dataSource())), 20, token)
                .start("127.0.0.1", 0)) {
            String site = "http://127.0.0.1:" + guarded.port();
            browser.get(site + "/");
            browser.findElement(By.name("token")).sendKeys(token);
            browser.findElement(By.cssSelector("form.card button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-assessment")));

            forgedPageOpens(site, "不是从本工作台的页面发出的");
            assertThat(new Store(tokenDb.dataSource()).assessments()).isEmpty();

            browser.get(site + "/");
            browser.findElement(By.cssSelector("form.logout button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("token")));
            browser.get(site + "/");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
        } finally {
            tokenDb.close();
        }
    }

    /** A page of another origin on this host (another port) posts a form to the workbench the moment it opens. */
    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws IOException {
        int assessments = new Store(db.dataSource()).assessments().size();
        forgedPageOpens(base, "不是从本工作台的页面发出的");
        assertThat(new Store(db.dataSource()).assessments()).hasSize(assessments)
                .noneSatisfy(a -> assertThat(a.name()).isEqualTo("伪造的批次"));
    }

    private static void forgedPageOpens(String target, String refusal) throws IOException {
        String base = target;
        String forged = "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + base + "/assessments\">"
                + "<input name=\"name\" value=\"伪造的批次\"><input name=\"year\" value=\"2023\"></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>";
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", exchange -> {
            byte[] body = forged.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try {
            browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), refusal));
        } finally {
            evil.stop(0);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path awaitDownload(Path folder, String name) {
        return wait.until(d -> {
            Path p = folder.resolve(name);
            try (Stream<Path> partial = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                boolean busy = partial.anyMatch(f -> f.toString().endsWith(".crdownload"));
                return !busy && Files.isRegularFile(p) ? p : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static void screenshot(Path to) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(to.getParent());
        Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String fmt(double d) {
        return cn.fazhi.assess.domain.Numbers.format(d);
    }
}
