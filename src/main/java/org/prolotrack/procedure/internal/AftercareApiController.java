package org.prolotrack.procedure.internal;

import java.util.UUID;

import org.prolotrack.procedure.AftercareSheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A session's aftercare sheet as HTML or PDF; the patient may fetch their own. */
@RestController
class AftercareApiController {

    private final AftercareSheets sheets;

    AftercareApiController(AftercareSheets sheets) {
        this.sheets = sheets;
    }

    @GetMapping(value = "/api/notes/{noteId}/aftercare", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable UUID noteId) {
        return sheets.html(noteId);
    }

    @GetMapping(value = "/api/notes/{noteId}/aftercare.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID noteId) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("aftercare-" + noteId + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(sheets.pdf(noteId));
    }
}
