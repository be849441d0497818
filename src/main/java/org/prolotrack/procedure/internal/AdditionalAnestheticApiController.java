package org.prolotrack.procedure.internal;

import java.util.List;
import java.util.UUID;

import org.prolotrack.procedure.AdditionalAnestheticDose;
import org.prolotrack.procedure.AdditionalAnesthetics;
import org.prolotrack.procedure.AdditionalAnesthetics.NewDose;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the anesthetic given outside a note's syringes: each answer is the note's doses in force. */
@RestController
@PreAuthorize("hasAnyRole('CLINICIAN','STAFF','ADMIN')")
class AdditionalAnestheticApiController {

    private final AdditionalAnesthetics doses;

    AdditionalAnestheticApiController(AdditionalAnesthetics doses) {
        this.doses = doses;
    }

    @GetMapping("/api/notes/{noteId}/anesthetic-doses")
    List<AdditionalAnestheticDose> list(@PathVariable UUID noteId) {
        return doses.forNote(noteId);
    }

    @PostMapping("/api/notes/{noteId}/anesthetic-doses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    List<AdditionalAnestheticDose> add(@PathVariable UUID noteId, @RequestBody NewDose dose) {
        return doses.add(noteId, dose);
    }

    @DeleteMapping("/api/notes/{noteId}/anesthetic-doses/{doseId}")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    List<AdditionalAnestheticDose> voidDose(@PathVariable UUID noteId, @PathVariable UUID doseId,
                                            @RequestParam(required = false) String reason) {
        return doses.voidDose(noteId, doseId, reason);
    }
}
