package org.prolotrack.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the FHIR servlet (MockMvc reaches only Spring MVC, not the HAPI servlet). */
record FhirHttp(int port) {

    static final String PASSWORD = "prolotrack-demo";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    HttpResponse<String> get(String user, String path, String... headers) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> post(String user, String path, String body, String contentType, String... headers) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    HttpResponse<String> put(String user, String path, String body, String contentType) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder b, String... headers) {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
