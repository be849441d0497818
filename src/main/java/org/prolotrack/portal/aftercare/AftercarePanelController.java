package org.prolotrack.portal.aftercare;

import java.util.UUID;

import org.prolotrack.procedure.AftercareSheets;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The patient's own aftercare sheets, one per signed session (a patient sees only their own). */
@Controller
@PreAuthorize("hasRole('PATIENT')")
class AftercarePanelController {

    private final AftercareSheets sheets;
    private final CurrentUsers users;

    AftercarePanelController(AftercareSheets sheets, CurrentUsers users) {
        this.sheets = sheets;
        this.users = users;
    }

    @GetMapping("/portal/panels/aftercare")
    String panel(Model model) {
        model.addAttribute("sheets", sheets.forPatient(me()));
        model.addAttribute("callRightAway", sheets.callRightAway());
        return "portal/aftercare/panel :: panel";
    }

    @GetMapping(value = "/portal/aftercare/{noteId}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@PathVariable UUID noteId) {
        return sheets.html(ownSigned(noteId));
    }

    @GetMapping("/portal/aftercare/{noteId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID noteId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("aftercare-" + noteId + ".pdf").build().toString())
                .body(sheets.pdf(ownSigned(noteId)));
    }

    /** Only sheets of the patient's own signed sessions; anything else answers 404. */
    private UUID ownSigned(UUID noteId) {
        var own = sheets.forPatient(me()).stream().anyMatch(s -> s.noteId().equals(noteId));
        if (!own) {
            throw new NoteNotFoundException(noteId);
        }
        return noteId;
    }

    private UUID me() {
        var user = users.current().orElseThrow();
        if (!user.is(Role.PATIENT) || user.patientId() == null) {
            throw new NoteNotFoundException(new UUID(0, 0));
        }
        return user.patientId();
    }
}
