package cn.fazhi.assess.cli;

import cn.fazhi.assess.pipeline.Pipeline;
import cn.fazhi.assess.read.ReportReader;
import cn.fazhi.assess.web.Database;
import cn.fazhi.assess.web.Store;
import cn.fazhi.assess.web.WebServer;
import cn.fazhi.assess.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Starts the web workbench and runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web workbench: upload reports, review findings against the report text, correct, "
                + "export. Open the printed address in a browser; Ctrl+C stops it. Everything is kept in --data."})
final class ServeCommand implements Callable<Integer> {
    private static final int MIN_TOKEN = 16;

    @Mixin
    ChecklistOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). Any other address opens the "
                    + "workbench to the network and then requires --token (one is made up and printed if not given).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token users type once at /login, at least 16 characters (required off this computer).")
    String token;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name browsers may use to reach the workbench besides its address (repeatable), e.g. fazhi.office.lan.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fazhi-data", description = "Folder for the database (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Use this database instead, e.g. jdbc:postgresql://server/fazhi for an office's shared one.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user for --jdbc-url.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password for --jdbc-url (or set FAZHI_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20", description = "Largest file accepted, in MB, 1 to 20 (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Spec
    CommandSpec spec;

    @ParentCommand
    App app;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChecklistOptions.Loaded loaded = options.load();
        long readerLimit = ReportReader.MAX_BYTES / (1024 * 1024);
        if (maxUploadMb < 1 || maxUploadMb > readerLimit) {
            err.println("error: --max-upload-mb must be from 1 to " + readerLimit + " (the largest report the reader takes)");
            return App.USAGE;
        }
        boolean local;
        try {
            local = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            err.println("error: --host " + host + ": no such address on this computer");
            return App.USAGE;
        }
        if (token != null && !token.isBlank() && token.strip().length() < MIN_TOKEN) {
            err.println("error: --token must be at least " + MIN_TOKEN + " characters (leave it out to have one made up)");
            return App.USAGE;
        }
        if (!local && (token == null || token.isBlank())) {
            byte[] secret = new byte[12];
            new SecureRandom().nextBytes(secret);
            token = HexFormat.of().formatHex(secret);
        }
        String password = dbPassword != null ? dbPassword : System.getenv("FAZHI_DB_PASSWORD");
        Database db;
        try {
            db = jdbcUrl == null ? Database.h2(data) : Database.url(jdbcUrl, dbUser, password);
        } catch (RuntimeException e) {
            String where = jdbcUrl == null ? data.toAbsolutePath().toString() : jdbcUrl;
            err.println(inUse(e) ? app.error("serve.database_in_use", where)
                    : app.error("serve.database_error", where, firstLine(e.getMessage())));
            return App.USAGE;
        }
        Workbench bench = new Workbench(new Pipeline(loaded.checklist(), loaded.ruleBase()), new Store(db.dataSource()));
        WebServer server;
        try {
            server = new WebServer(bench, maxUploadMb, local ? emptyToNull(token) : token, allowHosts).start(host, port);
        } catch (RuntimeException e) {
            db.close();
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return App.USAGE;
        }
        String shownHost = shownHost(host);
        out.println("fazhi-assess workbench: http://" + shownHost + ":" + server.port() + "/  (data: "
                + (jdbcUrl == null ? data.toAbsolutePath() : jdbcUrl) + "; Ctrl+C stops it)");
        if (token != null && !token.isBlank()) {
            out.println("access token (typed once at /login): " + token);
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }));
        stopped.await();
        return App.OK;
    }

    /** H2's "Database may be already in use" (90020), however deep Flyway wrapped it. */
    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020 || String.valueOf(t.getMessage()).contains("[90020-")) {
                return true;
            }
        }
        return false;
    }

    /** The database's own words are several lines of diagnostics; the first says what is wrong. */
    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int end = m.indexOf('\n');
        return end < 0 ? m : m.substring(0, end).strip();
    }

    /** An address a colleague can open: for a server on every address, this computer's address on the network. */
    private static String shownHost(String host) {
        String shown = host;
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) {
                shown = lanAddress();
            }
        } catch (UnknownHostException e) {
            // shown as given
        }
        return shown.contains(":") ? "[" + shown + "]" : shown;
    }

    private static String lanAddress() {
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && ni.isUp()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // fall back to this computer's name
        }
        return "localhost";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
