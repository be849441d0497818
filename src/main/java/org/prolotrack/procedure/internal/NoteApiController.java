package org.prolotrack.procedure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes;
import org.prolotrack.procedure.ProcedureNotes.DayCheckEntry;
import org.prolotrack.procedure.ProcedureNotes.NewInjection;
import org.prolotrack.procedure.ProcedureNotes.NoteHeader;
import org.prolotrack.procedure.ProcedureNotes.Readiness;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of procedure notes: draft, injections, readiness, sign, addenda. A signed note answers 409 to edits. */
@RestController
@PreAuthorize("hasAnyRole('CLINICIAN','STAFF','ADMIN')")
class NoteApiController {

    record StartRequest(@NotNull UUID planId, LocalDate performedOn) { }

    record AddendumRequest(@NotBlank String text) { }

    private final ProcedureNotes notes;

    NoteApiController(ProcedureNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/api/patients/{patientId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    ProcedureNoteView start(@PathVariable UUID patientId, @Valid @RequestBody StartRequest r) {
        return notes.start(patientId, r.planId(), r.performedOn());
    }

    @GetMapping("/api/patients/{patientId}/notes")
    List<ProcedureNoteView> forPatient(@PathVariable UUID patientId) {
        return notes.forPatient(patientId);
    }

    @GetMapping("/api/notes/{noteId}")
    ProcedureNoteView get(@PathVariable UUID noteId) {
        return notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
    }

    @PutMapping("/api/notes/{noteId}")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    ProcedureNoteView update(@PathVariable UUID noteId, @RequestBody NoteHeader header) {
        return notes.update(noteId, header);
    }

    @PostMapping("/api/notes/{noteId}/injections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    ProcedureNoteView addInjection(@PathVariable UUID noteId, @RequestBody NewInjection injection) {
        return notes.addInjection(noteId, injection);
    }

    @DeleteMapping("/api/notes/{noteId}/injections/{injectionId}")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    ProcedureNoteView voidInjection(@PathVariable UUID noteId, @PathVariable UUID injectionId,
                                    @RequestParam(required = false) String reason) {
        return notes.voidInjection(noteId, injectionId, reason);
    }

    @PutMapping("/api/notes/{noteId}/day-check")
    @PreAuthorize("hasAnyRole('CLINICIAN','ADMIN')")
    ProcedureNoteView dayCheck(@PathVariable UUID noteId, @RequestBody DayCheckEntry entry) {
        return notes.recordDayCheck(noteId, entry);
    }

    @GetMapping("/api/notes/{noteId}/readiness")
    Readiness readiness(@PathVariable UUID noteId) {
        return notes.readiness(noteId);
    }

    @PostMapping("/api/notes/{noteId}/sign")
    @PreAuthorize("hasRole('CLINICIAN')")
    ProcedureNoteView sign(@PathVariable UUID noteId) {
        return notes.sign(noteId);
    }

    @PostMapping("/api/notes/{noteId}/addenda")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CLINICIAN')")
    ProcedureNoteView addendum(@PathVariable UUID noteId, @Valid @RequestBody AddendumRequest r) {
        return notes.addAddendum(noteId, r.text());
    }
}
