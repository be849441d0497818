package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.prolotrack.audit.AuditTrail;
import org.prolotrack.security.CurrentUsers;
import org.springframework.beans.factory.annotation.Value;
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
    private final FhirContext ctx;
    private final CurrentUsers users;
    private final ImportClinics clinics;
    private final AuditTrail audit;
    private final BundleImporter.ValidationScope defaultScope;
    private final long maxBytes;

    BundlePost(BundleImporter importer, BundleFilter filter, FhirContext ctx,
               CurrentUsers users, ImportClinics clinics, AuditTrail audit,
               @Value("${prolotrack.fhir.import.validate:SCHEMA}") BundleImporter.ValidationScope defaultScope,
               @Value("${prolotrack.fhir.import.max-bundle-mb:64}") long maxMegabytes) {
        this.importer = importer;
        this.filter = filter;
        this.ctx = ctx;
        this.users = users;
        this.clinics = clinics;
        this.audit = audit;
        this.defaultScope = defaultScope;
        this.maxBytes = maxMegabytes * 1024 * 1024;
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
        var user = users.currentOrSystem();
        var requested = request.getParameter("clinic") != null ? request.getParameter("clinic")
                : request.getHeader(ImportOperations.CLINIC_HEADER);
        var clinic = clinics.resolve(user, requested);
        var body = body(request);
        BundleImporter.Result result;
        if (json && scope != BundleImporter.ValidationScope.ALL) {
            result = importer.importFiltered(filter.read(body), clinic.id(), user.username(), scope);
        } else {
            result = importer.importBundle(parse(body, json), clinic.id(), user.username(), scope);
        }
        audit.record("FHIR_IMPORT", result.patientId(), "Bundle into clinic " + clinic.code() + ": kept "
                + result.kept() + ", skipped " + result.skippedTotal() + ", validation " + scope);
        write(request, response, ImportOperations.response(result));
        return false;
    }

    private BundleImporter.ValidationScope scope(String asked) {
        if (asked == null || asked.isBlank()) {
            return defaultScope;
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

    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (var in = request.getInputStream()) {
            var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("A bundle may have at most " + maxBytes / (1024 * 1024)
                + " MB (prolotrack.fhir.import.max-bundle-mb): import larger files with --import.");
    }

    private Bundle parse(byte[] body, boolean json) {
        var parser = json ? ctx.newJsonParser() : ctx.newXmlParser();
        try {
            return parser.setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Bundle.class, new String(body, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            throw new InvalidRequestException("The bundle could not be parsed: " + e.getMessage());
        }
    }

    /** Writes a resource as the client asked ({@code _format} or Accept; JSON by default). */
    void write(HttpServletRequest request, HttpServletResponse response, IBaseResource resource) throws IOException {
        var format = request.getParameter("_format");
        var accept = request.getHeader("Accept");
        boolean xml = format != null ? format.contains("xml")
                : accept != null && accept.contains("xml") && !accept.contains("json");
        var text = xml ? ctx.newXmlParser().encodeResourceToString(resource)
                : ctx.newJsonParser().encodeResourceToString(resource);
        response.setStatus(200);
        response.setContentType((xml ? "application/fhir+xml" : "application/fhir+json") + ";charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
