package org.prolotrack.screening.internal.cdshooks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The patient's FHIR resources for one CDS Hooks call: from prefetch where the client sent it, otherwise read from
 * the client's fhirServer (with its bearer token) through HAPI's generic client.
 */
final class FhirData {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Logger log = LoggerFactory.getLogger(FhirData.class);

    private FhirData() {
    }

    /** Where missing prefetch may be read: the client's fhirServer, its token, and which servers may be read at all. */
    record Source(String fhirServer, String bearerToken, Predicate<String> mayReadFrom) { }

    static List<Resource> gather(JsonNode prefetch, Source source, String patientId) {
        var fhirServer = source.fhirServer();
        var resources = new ArrayList<Resource>();
        var missing = new ArrayList<String>();
        for (var key : CdsServices.PREFETCH.keySet()) {
            var node = prefetch == null ? null : prefetch.get(key);
            if (node != null && !node.isNull()) {
                if (!node.isObject()) {
                    throw CdsRequestException.malformed("prefetch." + key + " must be a FHIR resource (a JSON object)");
                }
                addAll(resources, parse(key, node));
            } else if (!key.equals("patient")) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return resources;
        }
        if (fhirServer == null || fhirServer.isBlank()) {
            var required = missing.stream().filter(CdsServices.REQUIRED::contains).toList();
            if (!required.isEmpty()) {
                throw new CdsRequestException(HttpStatus.PRECONDITION_FAILED, "Prefetch " + required
                        + " is missing and no fhirServer was given to read it from.");
            }
            return resources;
        }
        if (!source.mayReadFrom().test(fhirServer)) {
            throw new CdsRequestException(HttpStatus.FORBIDDEN, "fhirServer is not on this EHR client's allow-list; "
                    + "ProloTrack reads FHIR data only from the servers registered for the client. Send the data as prefetch.");
        }
        var client = client(fhirServer, source.bearerToken());
        for (var key : missing) {
            var query = CdsServices.PREFETCH.get(key).replace("{{context.patientId}}", URLEncoder.encode(patientId,
                    StandardCharsets.UTF_8));
            try {
                addAll(resources, client.search().byUrl(query).returnBundle(Bundle.class).execute());
            } catch (RuntimeException e) {
                // the cause stays in the log: echoing it would tell a caller about our network
                log.warn("Could not read {} for a CDS Hooks call from {}: {}", key, fhirServer, e.toString());
                throw new CdsRequestException(HttpStatus.PRECONDITION_FAILED,
                        "Could not read " + key + " from the fhirServer; send it as prefetch or try again later.");
            }
        }
        return resources;
    }

    private static IGenericClient client(String fhirServer, String bearerToken) {
        if (!fhirServer.startsWith("https://") && !fhirServer.startsWith("http://")) {
            throw CdsRequestException.malformed("fhirServer must be an http(s) URL");
        }
        var ctx = FHIR;
        ctx.getRestfulClientFactory().setServerValidationMode(ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        ctx.getRestfulClientFactory().setConnectTimeout(5_000);
        ctx.getRestfulClientFactory().setSocketTimeout(10_000);
        var client = ctx.newRestfulGenericClient(fhirServer);
        if (bearerToken != null && !bearerToken.isBlank()) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
        }
        return client;
    }

    static Resource parse(String where, JsonNode node) {
        try {
            return (Resource) FHIR.newJsonParser().parseResource(node.toString());
        } catch (DataFormatException | ClassCastException e) {
            throw CdsRequestException.malformed(where + " is not a FHIR R4 resource: " + e.getMessage());
        }
    }

    private static void addAll(List<Resource> out, Resource r) {
        if (r instanceof Bundle b) {
            for (var entry : b.getEntry()) {
                if (entry.getResource() != null) {
                    out.add(entry.getResource());
                }
            }
        } else {
            out.add(r);
        }
    }
}
