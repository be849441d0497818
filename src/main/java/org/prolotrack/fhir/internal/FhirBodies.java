package org.prolotrack.fhir.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The FHIR bodies ProloTrack reads and writes itself rather than through HAPI's request binding ({@code POST /fhir},
 * {@code $validate}, the command-line import): a request body is read up to {@code prolotrack.fhir.import.max-bundle-mb}
 * (default 64 MB; more is a 413), text is parsed by HAPI's strict parser (an element R4 does not know, a malformed
 * value: a 400 saying what is wrong), and an answer is written as the client asked.
 */
@Component
class FhirBodies {

    private final FhirContext ctx;
    private final long maxBytes;

    FhirBodies(FhirContext ctx, @Value("${prolotrack.fhir.import.max-bundle-mb:64}") long maxMegabytes) {
        this.ctx = ctx;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** The request's body, refused with a 413 when it is larger than the limit (before it is read, when it says). */
    byte[] read(HttpServletRequest request) throws IOException {
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
        return new PayloadTooLargeException("A body may have at most " + maxBytes / (1024 * 1024)
                + " MB (prolotrack.fhir.import.max-bundle-mb): import larger files with --import.");
    }

    /** The resource of that type the text holds, read by HAPI's strict parser; a 400 when it cannot be read. */
    <T extends IBaseResource> T parse(String text, boolean xml, Class<T> type) {
        try {
            return strict(xml).parseResource(type, text);
        } catch (DataFormatException e) {
            throw new InvalidRequestException("The " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " could not be parsed: " + e.getMessage());
        }
    }

    /** The resource the text holds, whatever its type, read by HAPI's strict parser; a 400 when it cannot be read. */
    IBaseResource parse(String text, boolean xml) {
        try {
            return strict(xml).parseResource(text);
        } catch (DataFormatException e) {
            throw new InvalidRequestException("The resource could not be parsed: " + e.getMessage());
        }
    }

    private ca.uhn.fhir.parser.IParser strict(boolean xml) {
        return (xml ? ctx.newXmlParser() : ctx.newJsonParser()).setParserErrorHandler(new StrictErrorHandler());
    }

    /** Writes a resource as the client asked ({@code _format} or Accept; JSON by default), status 200. */
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
