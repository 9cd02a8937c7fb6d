package cn.fazhi.assess.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, plain lines otherwise (a log, a pipe),
 * with done / total, the rate and the time left.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long startedNanos = System.nanoTime();
    private int total;
    private int done;
    private int failed;
    private long lastPrintNanos;
    private int lastPercent = -1;

    public Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    synchronized void start(int files) {
        total = files;
        err.println("scoring " + files + " file(s)");
        err.flush();
    }

    synchronized void step(boolean ok) {
        done++;
        failed += ok ? 0 : 1;
        long now = System.nanoTime();
        int percent = total == 0 ? 100 : done * 100 / total;
        boolean due = terminal ? now - lastPrintNanos > 100_000_000L || done == total
                : percent / 10 != lastPercent / 10 || done == total;
        if (due) {
            lastPrintNanos = now;
            lastPercent = percent;
            print(now, percent);
        }
    }

    synchronized void finish() {
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void print(long now, int percent) {
        double seconds = Math.max(1e-9, (now - startedNanos) / 1e9);
        double rate = done / seconds;
        double left = rate > 0 ? (total - done) / rate : 0;
        String line = String.format(Locale.ROOT, "%d/%d (%d%%) %.1f files/s, %s left%s", done, total, percent, rate,
                duration(left), failed > 0 ? ", " + failed + " failed" : "");
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
    }
}
