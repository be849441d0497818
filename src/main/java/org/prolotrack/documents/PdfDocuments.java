package org.prolotrack.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/** Turns a well-formed XHTML document into a PDF (openhtmltopdf, PDFBox). */
@Component
public class PdfDocuments {

    /** @param xhtml a complete, well-formed XHTML document (Thymeleaf output of a template with a DOCTYPE) */
    public byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }
}
