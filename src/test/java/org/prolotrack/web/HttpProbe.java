package org.prolotrack.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP against the running server (MockMvc does not pass Tomcat, the HAPI servlet or the firewall). */
record HttpProbe(int port) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":prolotrack-demo").getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpResponse<String> send(String method, String rawPath, String body, String... headers) {
        var b = HttpRequest.newBuilder(URI.create(base() + rawPath)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String rawPath, String... headers) {
        return send("GET", rawPath, null, headers);
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
