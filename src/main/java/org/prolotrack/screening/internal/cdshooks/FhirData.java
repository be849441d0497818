package org.prolotrack.screening.internal.cdshooks;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The patient's FHIR resources for one CDS Hooks call: from prefetch where the client sent it, otherwise read from
 * the client's fhirServer (with its bearer token) through HAPI's generic client.
 */
final class FhirData {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private FhirData() {
    }

    static List<Resource> gather(JsonNode prefetch, String fhirServer, String bearerToken, String patientId) {
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
        var client = client(fhirServer, bearerToken);
        for (var key : missing) {
            var query = CdsServices.PREFETCH.get(key).replace("{{context.patientId}}", patientId);
            try {
                addAll(resources, client.search().byUrl(query).returnBundle(Bundle.class).execute());
            } catch (RuntimeException e) {
                throw new CdsRequestException(HttpStatus.PRECONDITION_FAILED,
                        "Could not read " + key + " from the fhirServer: " + e.getMessage());
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
