package org.prolotrack.fhir.internal;

import java.io.PrintStream;

/** A one-line progress bar on the terminal: [#####.....] 120/200 bundles, 23.4 bundles/s, 2100 kept/s, ETA 0:03. */
final class ImportProgress {

    private static final int WIDTH = 30;
    private final int total;
    private final PrintStream out;

    ImportProgress(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    synchronized void update(int done, long kept, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = done / Math.max(seconds, 1e-9);
        out.printf("\r[%s%s] %d/%d bundles, %.1f bundles/s, %.0f kept/s, ETA %s ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, kept / Math.max(seconds, 1e-9), eta(total - done, rate));
        out.flush();
    }

    /** The time the remaining bundles take at the rate so far, as m:ss (h:mm:ss from an hour on). */
    static String eta(int remaining, double rate) {
        if (remaining <= 0) {
            return "0:00";
        }
        if (rate <= 0) {
            return "?";
        }
        long s = Math.round(remaining / rate);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    synchronized void message(String line) {
        out.println();
        out.println(line.length() > 500 ? line.substring(0, 500) + "..." : line);
    }

    synchronized void finish() {
        out.println();
    }
}
