package org.prolotrack.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Load benchmark against a running ProloTrack (embedded default with demo data, or PostgreSQL with demo data):
 * USERS concurrent clinicians each sign in once (form login, session cookie, CSRF token) and then go ROUNDS times
 * through the patient list → a chart with all its panels → a screening run from the chart → an NRS score over the
 * API (HTTP Basic, so that step includes the password check). Between two requests a user pauses THINK_MS
 * milliseconds (default 0: every user sends its next request as soon as the last one answered, which measures the
 * server saturated; a person at a screen pauses seconds). Prints the latency percentiles of every step and of all
 * requests, the throughput, and the errors (any status ≥ 400 or transport failure). Nothing is asserted.
 *
 * <pre>
 * java -cp target/test-classes org.prolotrack.bench.LoadBench http://127.0.0.1:8080 USERS ROUNDS [THINK_MS]
 * scripts/load-bench.sh          # builds, starts ProloTrack on a fresh database, runs the usual set, stops it
 * </pre>
 * Only loopback addresses are accepted.
 */
public final class LoadBench {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PATIENT_LINK = Pattern.compile("/patients/([0-9a-f-]{36})");
    private static final List<String> PANELS = List.of("screening", "plan", "consent", "series", "outcomes", "safety",
            "billing");
    private static final String[] SEARCHES = {"a", "e", "o", "n", "r", "s", "l", "m"};

    private final String base;
    private final long thinkMillis;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    private LoadBench(String base, long thinkMillis) {
        this.base = base;
        this.thinkMillis = thinkMillis;
    }

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long think = args.length > 3 ? Long.parseLong(args[3]) : 0;
        var host = URI.create(base).getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("LoadBench drives only a ProloTrack on this machine (loopback), not " + host);
        }
        new LoadBench(base, think).run(users, rounds);
    }

    private void run(int users, int rounds) throws Exception {
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(users);
        long[] window = new long[2];
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int user = u;
                pool.submit(() -> {
                    try {
                        var session = signIn();
                        start.await();
                        if (thinkMillis > 0) {
                            // users start apart, as people do, not all in the same millisecond
                            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMillis));
                        }
                        for (int r = 0; r < rounds; r++) {
                            round(session, user, r);
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent("user aborted: " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            Thread.sleep(200);
            window[0] = System.nanoTime();
            requests.set(0);
            latencies.clear();
            start.countDown();
            done.await();
            window[1] = System.nanoTime();
        }
        report(users, rounds, (window[1] - window[0]) / 1e9);
    }

    private HttpClient signIn() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        var login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = first(CSRF_INPUT, login.body());
        var form = "username=clinician&password=prolotrack-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var signed = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signed.statusCode() != 302 || signed.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signed.statusCode());
        }
        return client;
    }

    private void round(HttpClient client, int user, int round) throws Exception {
        var list = get(client, "list", "/patients?q=" + SEARCHES[(user + round) % SEARCHES.length]);
        var ids = new ArrayList<String>();
        var m = PATIENT_LINK.matcher(list);
        while (m.find()) {
            if (!ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        if (ids.isEmpty()) {
            errors.computeIfAbsent("list: no patient found", k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        var patient = ids.get((user * 7 + round) % ids.size());
        var chart = get(client, "chart", "/patients/" + patient);
        for (var panel : PANELS) {
            get(client, "panel", "/patients/" + patient + "/panels/" + panel);
        }
        var csrf = first(CSRF_META, chart);
        send(client, "screening", HttpRequest.newBuilder(URI.create(base + "/patients/" + patient + "/panels/screening"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", csrf)
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString("region=knee&laterality=LEFT")));
        var basic = Base64.getEncoder().encodeToString("clinician:prolotrack-demo".getBytes(StandardCharsets.UTF_8));
        send(client, "score (Basic)", HttpRequest.newBuilder(URI.create(base + "/api/instruments/nrs/score"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":[" + (user + round) % 11 + "]}")));
    }

    private String get(HttpClient client, String step, String path) throws Exception {
        return send(client, step, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private String send(HttpClient client, String step, HttpRequest.Builder request) throws Exception {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis);
        }
        long t0 = System.nanoTime();
        String body = "";
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() >= 400) {
                errors.computeIfAbsent(step + ": HTTP " + response.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        } catch (java.io.IOException e) {
            errors.computeIfAbsent(step + ": " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
        long micros = (System.nanoTime() - t0) / 1000;
        latencies.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        latencies.computeIfAbsent("all requests", k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        requests.incrementAndGet();
        return body;
    }

    private void report(int users, int rounds, double seconds) {
        System.out.printf("LoadBench: %d users x %d rounds, think time %d ms, against %s: %d requests in %.1f s"
                        + " (%.0f requests/s)%n", users, rounds, thinkMillis, base, requests.get(), seconds,
                requests.get() / seconds);
        var order = new LinkedHashMap<String, List<Long>>();
        for (var step : List.of("list", "chart", "panel", "screening", "score (Basic)", "all requests")) {
            if (latencies.containsKey(step)) {
                order.put(step, latencies.get(step));
            }
        }
        System.out.printf("%-14s %7s %9s %9s %9s %9s%n", "step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        order.forEach((step, values) -> {
            var sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("%-14s %7d %9.1f %9.1f %9.1f %9.1f%n", step, sorted.size(), pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.getLast() / 1000.0);
        });
        int total = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("errors: %d%n", total);
        errors.forEach((what, count) -> System.out.printf("  %s: %d%n", what, count.get()));
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1000.0;
    }

    private static String first(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
