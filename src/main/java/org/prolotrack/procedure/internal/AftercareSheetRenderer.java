package org.prolotrack.procedure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.documents.PdfDocuments;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.procedure.AftercareSheets;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes;
import org.prolotrack.procedure.SeriesSchedules;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a session's aftercare sheet from the note and the knowledge texts (Thymeleaf XHTML, then PDF). */
@Service
class AftercareSheetRenderer implements AftercareSheets {

    private final ProcedureNotes notes;
    private final AftercareTexts texts;
    private final PatientRecords patients;
    private final ClinicDirectory clinics;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final org.springframework.beans.factory.ObjectProvider<SeriesSchedules> schedules;

    AftercareSheetRenderer(ProcedureNotes notes, AftercareTexts texts, PatientRecords patients, ClinicDirectory clinics,
                           ITemplateEngine templates, PdfDocuments pdf,
                           org.springframework.beans.factory.ObjectProvider<SeriesSchedules> schedules) {
        this.schedules = schedules;
        this.notes = notes;
        this.texts = texts;
        this.patients = patients;
        this.clinics = clinics;
        this.templates = templates;
        this.pdf = pdf;
    }

    @Override
    public List<SheetSummary> forPatient(UUID patientId) {
        return notes.forPatient(patientId).stream().filter(ProcedureNoteView::signed)
                .map(n -> new SheetSummary(n.id(), n.performedOn(), n.sessionNumber(), sites(n))).toList();
    }

    @Override
    public String html(UUID noteId) {
        var note = notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
        if (note.status() == ProcedureNoteView.Status.VOIDED) {
            throw new NoteNotFoundException(noteId);
        }
        var chart = patients.get(note.patientId());
        var context = new Context();
        context.setVariable("note", note);
        context.setVariable("patientName", chart.fullName());
        context.setVariable("clinic", clinics.clinic(note.clinicId()).orElse(null));
        context.setVariable("sites", sites(note));
        context.setVariable("advice", texts.advice());
        context.setVariable("emergency", texts.emergency());
        context.setVariable("callRightAway", texts.callRightAway());
        context.setVariable("nsaid", texts.nsaid());
        context.setVariable("next", next(note));
        return templates.process("aftercare/sheet", context);
    }

    @Override
    public byte[] pdf(UUID noteId) {
        return pdf.render(html(noteId));
    }

    @Override
    public List<String> callRightAway() {
        return texts.callRightAway().stream().map(AftercareTexts.Text::text).toList();
    }

    @Override
    public List<SourcedText> sources() {
        return texts.sources().stream().map(t -> new SourcedText(t.text(), t.source(), t.certainty())).toList();
    }

    /** When the next session is due after this one, for the sheet. */
    record Next(LocalDate from, LocalDate to, boolean last) { }

    /**
     * Counted from this session (not from the series' current count, which is updated after signing): the next one
     * is due {@code intervalMin..intervalMax} days after it while the series runs (maintenance has no last session);
     * a session numbered at or past the planned count was the last planned one; a series stopped or completed before
     * this session's number says nothing (null), as does a note of no known series.
     */
    private Next next(ProcedureNoteView note) {
        var provider = schedules.getIfAvailable();
        if (provider == null || note.planId() == null || note.performedOn() == null) {
            return null;
        }
        return provider.forPlan(note.planId()).map(s -> {
            var from = note.performedOn().plusDays(s.intervalMinDays());
            var to = note.performedOn().plusDays(s.intervalMaxDays());
            if (s.maintenance()) {
                return new Next(from, to, false);
            }
            if (note.sessionNumber() != null && note.sessionNumber() >= s.plannedSessions()) {
                return new Next(from, to, true);
            }
            return s.running() ? new Next(from, to, false) : null;
        }).orElse(null);
    }

    private static List<String> sites(ProcedureNoteView note) {
        return note.injections().stream().map(i -> i.siteName()
                + ("MIDLINE".equals(i.laterality()) ? "" : " (" + i.laterality().toLowerCase(java.util.Locale.ROOT) + ")"))
                .distinct().toList();
    }
}
