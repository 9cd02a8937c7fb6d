package cn.fazhi.assess.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.eclipse.jetty.http.BadMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports uploaded into an assessment: one request per file from the page's script (a plain form post with
 * several files works too); answers JSON, {@code {"files": [...]}} or {@code {"error": "…"}}.
 */
final class UploadController {
    private final Workbench bench;
    /** How many times the upload limit is read and thrown away before a refusal, so the browser sees it. */
    private static final long DRAIN_FACTOR = 8;
    private final long maxUploadMb;

    UploadController(Workbench bench, long maxUploadMb) {
        this.bench = bench;
        this.maxUploadMb = maxUploadMb;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/assessments/{id}/reports", this::upload);
    }

    String tooLarge() {
        return "文件超过" + maxUploadMb + "MB上限，或上传不完整";
    }

    /**
     * Answers 413 after reading what the browser is still sending (up to a bound): a server that answers and
     * closes while the upload is in flight resets the connection, and the browser shows "connection reset"
     * instead of the reason. Beyond the bound the connection is closed regardless.
     */
    private void refuseTooLarge(Context ctx) {
        long bound = DRAIN_FACTOR * (maxUploadMb + 1) * 1024 * 1024;
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; read < bound && (n = in.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // the body was already consumed or the client went away: the answer below is all that is left to do
        }
        ctx.header("Connection", "close");
        Responder.json(ctx, 413, Map.of("error", tooLarge()));
    }

    /** The HTTP status Jetty gave a request it could not parse, found in the cause chain; 0 when none. */
    private static int badMessageCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return bad.getCode();
            }
        }
        return 0;
    }

    private void upload(Context ctx) {
        long id = bench.assessment(AssessmentController.id(ctx)).id();
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > (maxUploadMb + 1) * 1024 * 1024) {
            refuseTooLarge(ctx);
            return;
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) { // Jetty's ServletException comes through undeclared
            if (badMessageCode(e) == 413) {
                refuseTooLarge(ctx);
            } else {
                Responder.json(ctx, 400, Map.of("error", "上传的内容不完整或格式有误，请重新上传"));
            }
            return;
        }
        if (files.isEmpty()) {
            Responder.json(ctx, 400, Map.of("error", "没有收到文件"));
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
                r.put("error", "上传不完整，请重试");
                status = files.size() == 1 ? 400 : 200;
            }
            results.add(r);
        }
        Responder.json(ctx, status, Map.of("files", results));
    }
}
