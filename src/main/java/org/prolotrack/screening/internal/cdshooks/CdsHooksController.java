package org.prolotrack.screening.internal.cdshooks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningEngine;
import org.prolotrack.security.CdsHooksCallers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CDS Hooks 2.0: discovery at GET /cds-services; patient-view and order-select services. Needs no ProloTrack
 * patient record: the facts come from prefetch or the client's FHIR server. Malformed requests answer 400. Calls
 * are authenticated before they get here (a JWT of a registered EHR client, see the security module); the client's
 * fhirServer is read only when it is on that client's allow-list.
 */
@RestController
class CdsHooksController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScreeningEngine engine;
    private final CdsHooksCallers callers;

    CdsHooksController(ScreeningEngine engine, CdsHooksCallers callers) {
        this.engine = engine;
        this.callers = callers;
    }

    @GetMapping(value = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> discovery() {
        return Map.of("services", CdsServices.ALL);
    }

    @PostMapping(value = "/cds-services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> call(@PathVariable String id, @RequestBody(required = false) String body) {
        var service = CdsServices.ALL.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (service == null) {
            return problem(HttpStatus.NOT_FOUND, "No CDS service '" + id + "' (see GET /cds-services).");
        }
        var request = parse(body);
        var hook = text(request, "hook");
        if (!service.hook().equals(hook)) {
            throw CdsRequestException.malformed("Service " + id + " answers hook '" + service.hook() + "', not '" + hook + "'");
        }
        text(request, "hookInstance");
        var context = request.get("context");
        if (context == null || !context.isObject()) {
            throw CdsRequestException.malformed("context must be a JSON object");
        }
        var patientId = text(context, "patientId");
        PlannedCourse course = new PlannedCourse(List.of(), List.of());
        if (service.hook().equals("order-select")) {
            var planned = DraftOrders.plannedCourse(context, engine.knowledge());
            if (planned.isEmpty()) {
                return ResponseEntity.ok(new Cards.Response(List.of()));
            }
            course = planned.get();
        }
        var prefetch = request.get("prefetch");
        if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
            throw CdsRequestException.malformed("prefetch must be a JSON object");
        }
        var fhirServer = optionalText(request, "fhirServer", "fhirServer must be a URL (a string)");
        String token = null;
        var auth = request.get("fhirAuthorization");
        if (auth != null && !auth.isNull() && !auth.isObject()) {
            throw CdsRequestException.malformed("fhirAuthorization must be a JSON object");
        }
        if (auth != null && auth.isObject()) {
            token = optionalText(auth, "access_token", "fhirAuthorization.access_token must be a string");
        }
        var resources = FhirData.gather(prefetch, new FhirData.Source(fhirServer, token, callers::mayReadFrom), patientId);
        var facts = FhirFacts.from("Patient/" + patientId, resources, LocalDate.now());
        var outcome = engine.evaluate(facts, course);
        return ResponseEntity.ok(Cards.from(outcome));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw CdsRequestException.malformed("The request body is empty; send a CDS Hooks request (JSON).");
        }
        try {
            var node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw CdsRequestException.malformed("The request must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw CdsRequestException.malformed("The request is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        var v = node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw CdsRequestException.malformed(field + " is required (a non-empty string)");
        }
        return v.asString();
    }

    private static String optionalText(JsonNode node, String field, String message) {
        var v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw CdsRequestException.malformed(message);
        }
        return v.asString();
    }

    @ExceptionHandler(CdsRequestException.class)
    ResponseEntity<ProblemDetail> refused(CdsRequestException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        var p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(switch (status) {
            case PRECONDITION_FAILED -> "FHIR data unavailable";
            case FORBIDDEN -> "FHIR server not allowed";
            default -> "Invalid CDS Hooks request";
        });
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
