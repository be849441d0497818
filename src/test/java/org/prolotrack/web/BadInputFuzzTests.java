package org.prolotrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.support.CdsHooksEhr;
import org.prolotrack.support.CdsHooksEhrRegistered;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never answers 5xx, and every refusal is in the format of its place. A seeded, bounded fuzz over every
 * operation of the live /api/openapi document, FHIR reads, searches and bundle import, and the CDS Hooks services:
 * malformed JSON and XML, wrong types, huge strings, deep nesting, bad ids.
 * <p>
 * {@code -Dfuzz.seed=<n>} replays a run (the seed is printed with every failure), {@code -Dfuzz.count=<n>} sets how
 * many requests it sends (default 250).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputFuzzTests extends CdsHooksEhrRegistered {

    static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    static final int COUNT = Integer.getInteger("fuzz.count", 250);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> USERS = List.of("clinician", "staff", "admin");
    static final List<String> FHIR_TYPES = List.of("Patient", "Condition", "MedicationRequest", "MedicationStatement",
            "AllergyIntolerance", "CarePlan", "Procedure", "Appointment", "Observation", "QuestionnaireResponse",
            "Consent", "AdverseEvent");

    @LocalServerPort int port;

    record Operation(String method, String path, JsonNode operation) { }

    record Failure(String what, int status, String contentType, String body) {
        @Override
        public String toString() {
            return what + " -> " + status + " " + contentType + " " + cut(body, 300);
        }
    }

    private final Random random = new Random(SEED);
    private final List<Failure> failures = new ArrayList<>();
    private JsonNode openapi;

    @Test
    void badInputNeverAnswers5xxAndEveryErrorIsInTheFormatOfItsPlace() {
        var http = new HttpProbe(port);
        var doc = http.get("/api/openapi");
        assertThat(doc.statusCode()).isEqualTo(200);
        openapi = JSON.readTree(doc.body());
        var operations = operations(openapi);
        assertThat(operations).as("operations in /api/openapi").hasSizeGreaterThan(20);

        long started = System.nanoTime();
        int next = 0;
        for (int i = 0; i < COUNT && failures.size() < 25; i++) {
            int surface = i % 10;
            if (surface < 6) {
                // round robin: every operation of the document is called before any is called twice
                api(http, operations.get(next++ % operations.size()));
            } else if (surface < 8) {
                fhir(http);
            } else {
                cdsHooks(http);
            }
        }
        System.out.printf("Bad-input fuzz: %d requests, %d operations, seed %d, %.1f s%n", COUNT, operations.size(),
                SEED, (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("fuzz failures with seed " + SEED + " (re-run: -Dfuzz.seed=" + SEED + ")").isEmpty();
    }

    static List<Operation> operations(JsonNode openapi) {
        var out = new ArrayList<Operation>();
        for (var path : openapi.get("paths").propertyNames()) {
            var item = openapi.get("paths").get(path);
            for (var method : item.propertyNames()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    out.add(new Operation(method.toUpperCase(), path, item.get(method)));
                }
            }
        }
        return out;
    }

    // --- REST API -------------------------------------------------------------------------------------------------

    private void api(HttpProbe http, Operation op) {
        var path = op.path();
        var params = op.operation().get("parameters");
        var query = new StringBuilder();
        if (params != null) {
            for (var p : params) {
                var name = p.get("name").asString();
                if ("path".equals(p.get("in").asString())) {
                    path = path.replace("{" + name + "}", badId());
                } else if ("query".equals(p.get("in").asString()) && random.nextBoolean()) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(badQueryValue());
                }
            }
        }
        path = path.replaceAll("\\{[^}]+}", badId()) + query;
        String body = null;
        String contentType = "application/json";
        if (!op.method().equals("GET") && !op.method().equals("DELETE")) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                body = schemaShapedJunk(op.operation());
            } else if (kind < 8) {
                body = junkJson();
            } else if (kind < 9) {
                body = junkXml();
                contentType = random.nextBoolean() ? "application/xml" : "application/json";
            } else {
                body = "";
            }
        }
        var user = USERS.get(random.nextInt(USERS.size()));
        var r = send(http, op.method(), path, body, contentType, "Authorization", HttpProbe.basic(user));
        if (r == null) {
            return;
        }
        check(op.method() + " " + path + " as " + user + " body " + cut(body, 200), r, "application/problem+json", null);
    }

    private String schemaShapedJunk(JsonNode operation) {
        var schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        var properties = resolve(schema).path("properties");
        var o = JSON.createObjectNode();
        if (properties.isObject()) {
            for (var name : properties.propertyNames()) {
                if (random.nextInt(4) > 0) {
                    o.set(name, junkValue(2));
                }
            }
        }
        return o.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        var ref = schema.path("$ref");
        if (ref.isString() && ref.asString().startsWith("#/components/schemas/")) {
            return openapi.path("components").path("schemas").path(ref.asString().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    // --- FHIR -----------------------------------------------------------------------------------------------------

    private void fhir(HttpProbe http) {
        var user = USERS.get(random.nextInt(USERS.size()));
        var type = FHIR_TYPES.get(random.nextInt(FHIR_TYPES.size()));
        HttpResponse<String> r;
        String what;
        switch (random.nextInt(4)) {
            case 0 -> {
                var path = "/fhir/" + type + "/" + badId();
                what = "GET " + path;
                r = send(http, "GET", path, null, null, "Authorization", HttpProbe.basic(user));
            }
            case 1 -> {
                var path = "/fhir/" + type + "?" + (random.nextBoolean() ? "patient" : "_id") + "=" + badQueryValue()
                        + (random.nextBoolean() ? "&_count=" + badQueryValue() : "");
                what = "GET " + path;
                r = send(http, "GET", path, null, null, "Authorization", HttpProbe.basic(user));
            }
            default -> {
                boolean xml = random.nextInt(5) == 0;
                var body = xml ? junkXml() : junkBundle();
                what = "POST /fhir " + cut(body, 200);
                r = send(http, "POST", "/fhir", body, xml ? "application/fhir+xml" : "application/fhir+json",
                        "Authorization", HttpProbe.basic(user), "Accept", "application/fhir+json");
            }
        }
        if (r != null) {
            check(what + " as " + user, r, "application/fhir+json", "\"resourceType\":\"OperationOutcome\"");
        }
    }

    private String junkBundle() {
        return switch (random.nextInt(6)) {
            case 0 -> junkJson();
            case 1 -> "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":" + junkValue(3) + "}";
            case 2 -> "{\"resourceType\":\"Bundle\",\"type\":" + junkValue(1) + ",\"entry\":[{\"resource\":"
                    + (random.nextBoolean() ? junkValue(0) : junkValue(2)) + "}]}";
            case 3 -> "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":" + junkValue(1)
                    + ",\"resource\":{\"resourceType\":\"Patient\",\"id\":" + junkValue(1) + ",\"birthDate\":"
                    + junkValue(1) + ",\"name\":" + junkValue(2) + "}}]}";
            case 4 -> "{\"resourceType\":" + junkValue(1) + "}";
            default -> deep(random.nextInt(3000) + 100, "{\"resourceType\":\"Bundle\",\"entry\":[", "]}");
        };
    }

    // --- CDS Hooks ------------------------------------------------------------------------------------------------

    private void cdsHooks(HttpProbe http) {
        var service = random.nextBoolean() ? "prolotrack-screening" : "prolotrack-screening-order";
        var hook = service.equals("prolotrack-screening") ? "patient-view" : "order-select";
        var r = JSON.createObjectNode().put("hook", hook).put("hookInstance", UUID.randomUUID().toString());
        r.putObject("context").put("userId", "Practitioner/1").put("patientId", "p-1");
        String body;
        switch (random.nextInt(6)) {
            case 0 -> body = junkJson();
            case 1 -> {
                r.set("fhirServer", junkValue(1));
                body = r.toString();
            }
            case 2 -> {
                r.set("context", junkValue(2));
                body = r.toString();
            }
            case 3 -> {
                r.set(random.nextBoolean() ? "prefetch" : "fhirAuthorization", junkValue(3));
                body = r.toString();
            }
            case 4 -> {
                ((tools.jackson.databind.node.ObjectNode) r.get("context")).set(
                        random.nextBoolean() ? "patientId" : "draftOrders", junkValue(2));
                body = r.toString();
            }
            default -> body = deep(random.nextInt(3000) + 100, "{\"hook\":\"" + hook + "\",\"context\":", "}");
        }
        var url = "http://localhost:" + port + "/cds-services/" + service;
        var res = send(http, "POST", "/cds-services/" + service, body, "application/json",
                "Authorization", "Bearer " + CdsHooksEhr.jwt(url, c -> { }));
        if (res != null) {
            check("POST /cds-services/" + service + " " + cut(body, 200), res, "application/problem+json", null);
        }
    }

    // --- generators -----------------------------------------------------------------------------------------------

    private String badId() {
        return switch (random.nextInt(11)) {
            case 0 -> "%00";
            case 1 -> "..%2F..%2Fapi";
            case 2 -> "a".repeat(5000);
            case 3 -> "not-a-uuid";
            case 4 -> UUID.randomUUID().toString();
            case 5 -> "-1";
            case 6 -> "%20";
            case 7 -> "%C3%A9%E2%82%AC";
            case 8 -> "a;b=c";
            case 9 -> "%25";
            default -> "00000000-0000-0000-0000-00000000000G";
        };
    }

    private String badQueryValue() {
        return switch (random.nextInt(9)) {
            case 0 -> "%00";
            case 1 -> "-1";
            case 2 -> "x".repeat(3000);
            case 3 -> "2026-13-45";
            case 4 -> "%27%22%3C%3E";
            case 5 -> "99999999999999999999";
            case 6 -> "";
            case 7 -> "NaN";
            default -> UUID.randomUUID().toString();
        };
    }

    private JsonNode junkValue(int depth) {
        var n = JSON.getNodeFactory();
        return switch (random.nextInt(depth > 0 ? 15 : 12)) {
            case 0 -> n.nullNode();
            case 1 -> n.stringNode("");
            case 2 -> n.stringNode("x".repeat(random.nextInt(30_000) + 1000));
            case 3 -> n.numberNode(-1);
            case 4 -> n.numberNode(1e308);
            case 5 -> n.booleanNode(random.nextBoolean());
            case 6 -> n.stringNode("2026-13-45");
            case 7 -> n.stringNode(UUID.randomUUID().toString());
            case 8 -> n.stringNode("\u0000<script>'\"");
            case 9 -> n.numberNode(Long.MAX_VALUE);
            case 10 -> n.stringNode("not-a-number");
            case 11 -> n.numberNode(random.nextInt(1000));
            case 12 -> {
                var a = n.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(junkValue(depth - 1));
                }
                yield a;
            }
            default -> {
                var o = n.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set(List.of("resourceType", "id", "url", "value", "code", "entry").get(random.nextInt(6)),
                            junkValue(depth - 1));
                }
                yield o;
            }
        };
    }

    private String junkJson() {
        return switch (random.nextInt(8)) {
            case 0 -> "{not json";
            case 1 -> "[]";
            case 2 -> "\"just a string\"";
            case 3 -> "null";
            case 4 -> deep(random.nextInt(5000) + 500, "[", "]");
            case 5 -> deep(random.nextInt(3000) + 500, "{\"a\":", "}");
            case 6 -> "{\"a\":\"" + "y".repeat(60_000) + "\"}";
            default -> "{\"a\":1,}";
        };
    }

    private String junkXml() {
        return switch (random.nextInt(4)) {
            case 0 -> "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"transaction\"/><entry><resource>";
            case 1 -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
            case 2 -> deep(random.nextInt(3000) + 100, "<a>", "</a>");
            default -> "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource>"
                    + "<Patient><birthDate value=\"not-a-date\"/></Patient></resource></entry></Bundle>";
        };
    }

    private static String deep(int depth, String open, String close) {
        return open.repeat(depth) + close.repeat(depth);
    }

    // --- checks ---------------------------------------------------------------------------------------------------

    private HttpResponse<String> send(HttpProbe http, String method, String path, String body, String contentType,
                                      String... headers) {
        var all = new ArrayList<>(List.of(headers));
        if (contentType != null && body != null) {
            all.add("Content-Type");
            all.add(contentType);
        }
        try {
            return http.send(method, path, body, all.toArray(String[]::new));
        } catch (RuntimeException e) {
            failures.add(new Failure(method + " " + cut(path, 200) + " " + cut(body, 200), -1, "", e.toString()));
            return null;
        }
    }

    private void check(String what, HttpResponse<String> r, String errorType, String mustContain) {
        var ct = HttpProbe.contentType(r);
        if (r.statusCode() >= 500) {
            failures.add(new Failure(what, r.statusCode(), ct, r.body()));
        } else if (r.statusCode() >= 400) {
            boolean rightType = ct.startsWith(errorType) || (errorType.equals("application/fhir+json")
                    && ct.startsWith("application/fhir+xml") && r.body().contains("<OperationOutcome"));
            boolean rightBody = mustContain == null || r.body().contains(mustContain) || r.body().contains("<OperationOutcome");
            if (!rightType || !rightBody) {
                failures.add(new Failure(what, r.statusCode(), ct, r.body()));
            }
        }
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
