package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a patient's Bundle, read from the request's bytes instead of through HAPI's transaction
 * binding, which parses the whole bundle into HAPI's model first (~300 ms for a 3 MB Synthea file, ten times the
 * rest of the import). A JSON body goes through {@link BundleFilter} — one streaming pass, only the entries ProloTrack
 * may keep reach HAPI's strict parser — then {@link BundleImporter}, with the same checks, answer and audit row as
 * {@link ImportOperations} (which still serves the rare other encodings). Validation: {@code prolotrack.fhir.import.validate} (default SCHEMA), or per request
 * {@code ?_validate=profile} for HAPI's instance validator on the whole bundle ({@code kept}: on what is kept;
 * {@code schema}: the default). An XML body, or {@code _validate=profile}, is parsed whole by HAPI's strict parser.
 * Errors are thrown inside HAPI's request handling, so they leave as OperationOutcomes like any other.
 */
@Component
@Interceptor
class BundlePost {

    private final BundleImporter importer;
    private final BundleFilter filter;
    private final FhirBodies bodies;
    private final ImportOperations imports;
    BundlePost(BundleImporter importer, BundleFilter filter, FhirBodies bodies, ImportOperations imports) {
        this.importer = importer;
        this.filter = filter;
        this.bodies = bodies;
        this.imports = imports;
    }

    /** Handles {@code POST /fhir} with a JSON or XML body; anything else goes on to HAPI. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean incoming(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo();
        if (!"POST".equals(request.getMethod()) || !(path == null || path.equals("/"))) {
            return true;
        }
        var type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean json = type.contains("json");
        boolean xml = type.contains("xml");
        if (!json && !xml) {
            return true;
        }
        var scope = scope(request.getParameter("_validate"));
        var answer = imports.importInto(request.getParameter("clinic"), request.getHeader(ImportOperations.CLINIC_HEADER),
                scope, (clinicId, user) -> {
                    byte[] body;
                    try {
                        body = bodies.read(request);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (json && scope != BundleImporter.ValidationScope.ALL) {
                        return importer.importFiltered(filter.read(body), clinicId, user, scope);
                    }
                    var bundle = bodies.parse(new String(body, StandardCharsets.UTF_8), xml, Bundle.class);
                    return importer.importBundle(bundle, clinicId, user, scope);
                });
        bodies.write(request, response, answer);
        return false;
    }

    private BundleImporter.ValidationScope scope(String asked) {
        if (asked == null || asked.isBlank()) {
            return importer.defaultScope();
        }
        return switch (asked.trim().toLowerCase(Locale.ROOT)) {
            case "profile", "all" -> BundleImporter.ValidationScope.ALL;
            case "kept" -> BundleImporter.ValidationScope.KEPT;
            case "schema" -> BundleImporter.ValidationScope.SCHEMA;
            default -> throw new InvalidRequestException("_validate takes profile (HAPI's instance validator on the"
                    + " whole bundle), kept (the instance validator on what ProloTrack keeps) or schema (the default:"
                    + " the R4 schema on what is kept), not '" + asked + "'.");
        };
    }
}
