package org.prolotrack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Posts every {@code *.json} bundle of a folder to a FHIR server's base URL ({@code POST [base]} with
 * {@code Content-Type: application/fhir+json}) from CLIENTS concurrent clients, and prints what it measured: wall
 * time, bundles/s, entries/s (an entry is one resource of the bundle, counted by its {@code fullUrl}), the answer
 * times, the statuses, and — when the server is ProloTrack — the resources it kept per second (read from the
 * answer's "Kept N resources"). The same program posts the same bundles to HAPI FHIR's JPA server, so the two figures
 * compare like with like. Nothing is asserted.
 *
 * <pre>
 * java -cp target/test-classes org.prolotrack.bench.FhirPostBench BASE FOLDER [CLIENTS=4] [USER:PASSWORD] [HEADER:VALUE]
 * java -cp target/test-classes org.prolotrack.bench.FhirPostBench http://127.0.0.1:8097/fhir target/synthea-200 4 \
 *      admin:prolotrack-demo X-ProloTrack-Clinic:MAD
 * scripts/fhir-bench.sh        # ProloTrack over HTTP, --import, and optionally HAPI FHIR JPA, on the same bundles
 * </pre>
 * The last line is machine-readable: {@code RESULT bundles=… ok=… seconds=… bundlesPerSecond=…}.
 */
public final class FhirPostBench {

    private static final Pattern KEPT = Pattern.compile("Kept (\\d+) resources");
    private static final byte[] FULL_URL = "\"fullUrl\"".getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FhirPostBench BASE FOLDER [CLIENTS] [USER:PASSWORD] [HEADER:VALUE]");
            System.exit(2);
        }
        var base = URI.create(args[0]);
        var folder = Path.of(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        var credentials = args.length > 3 && !args[3].isBlank() ? args[3] : null;
        var header = args.length > 4 && !args[4].isBlank() ? args[4].split(":", 2) : null;

        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        var queue = new ConcurrentLinkedQueue<>(files);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var entries = new AtomicLong();
        var kept = new AtomicLong();
        var bytes = new AtomicLong();
        var firstFailure = new java.util.concurrent.atomic.AtomicReference<String>();

        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    Path file;
                    while ((file = queue.poll()) != null) {
                        try {
                            byte[] body = Files.readAllBytes(file);
                            var request = HttpRequest.newBuilder(base).timeout(Duration.ofMinutes(10))
                                    .header("Content-Type", "application/fhir+json")
                                    .header("Accept", "application/fhir+json")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                            if (credentials != null) {
                                request.header("Authorization", "Basic " + Base64.getEncoder()
                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
                            }
                            if (header != null) {
                                request.header(header[0], header[1]);
                            }
                            long t0 = System.nanoTime();
                            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                            times.add(System.nanoTime() - t0);
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            if (response.statusCode() < 300) {
                                entries.addAndGet(count(body, FULL_URL));
                                bytes.addAndGet(body.length);
                                var m = KEPT.matcher(response.body());
                                if (m.find()) {
                                    kept.addAndGet(Long.parseLong(m.group(1)));
                                }
                            } else {
                                firstFailure.compareAndSet(null, file.getFileName() + " → " + response.statusCode()
                                        + " " + abbreviate(response.body()));
                            }
                        } catch (IOException | RuntimeException e) {
                            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                            firstFailure.compareAndSet(null, file.getFileName() + " → " + e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int ok = statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToInt(e -> e.getValue().get()).sum();
        var sorted = times.stream().sorted().toList();
        var byStatus = new TreeMap<Integer, Integer>();
        statuses.forEach((s, n) -> byStatus.put(s, n.get()));

        System.out.printf("POST %s: %d bundles (%.0f MB) from %d clients in %.1f s%n", base, files.size(),
                bytes.get() / 1e6, clients, seconds);
        System.out.printf("  %.2f bundles/s, %.0f entries/s (%d entries)%s%n", ok / seconds, entries.get() / seconds,
                entries.get(), kept.get() > 0 ? String.format(", %.0f resources kept/s (%d kept)",
                        kept.get() / seconds, kept.get()) : "");
        System.out.printf("  answer time p50 %.0f ms, p95 %.0f ms, max %.0f ms; statuses %s%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 100), byStatus);
        if (firstFailure.get() != null) {
            System.out.println("  first failure: " + firstFailure.get());
        }
        System.out.printf(java.util.Locale.ROOT, "RESULT bundles=%d ok=%d seconds=%.2f bundlesPerSecond=%.3f%n",
                files.size(), ok, seconds, ok / seconds);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static long count(byte[] haystack, byte[] needle) {
        long n = 0;
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }

    private static String abbreviate(String s) {
        var flat = s.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private FhirPostBench() { }
}
