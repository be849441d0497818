package org.prolotrack.fhir.internal;

import java.io.PrintStream;

/** A one-line progress bar on the terminal: [#####.....] 120/200 bundles, 23.4 bundles/s, 2100 kept/s. */
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
        out.printf("\r[%s%s] %d/%d bundles, %.1f bundles/s, %.0f kept/s ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, done / Math.max(seconds, 1e-9), kept / Math.max(seconds, 1e-9));
        out.flush();
    }

    synchronized void message(String line) {
        out.println();
        out.println(line.length() > 500 ? line.substring(0, 500) + "..." : line);
    }

    synchronized void finish() {
        out.println();
    }
}
