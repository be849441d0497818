package org.prolotrack.procedure.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes.NoteHeader;

/** The checklist, times and outcome part of the note form, as typed (times in the clinic's time zone). */
record NoteHeaderForm(String anticoagulantStatus, boolean allergiesReviewed,
                      @Min(value = 0, message = "0 to 10.") @Max(value = 10, message = "0 to 10.") Integer painBefore,
                      String anesthesia, String sedation, @DateTimeFormat(pattern = T) LocalDateTime visitStart,
                      @DateTimeFormat(pattern = T) LocalDateTime visitEnd,
                      @DateTimeFormat(pattern = T) LocalDateTime injectingStart,
                      @DateTimeFormat(pattern = T) LocalDateTime injectingEnd, String complications,
                      @Min(value = 0, message = "0 to 10.") @Max(value = 10, message = "0 to 10.") Integer painAfter,
                      boolean aftercareGiven) {

    /** The value format of an HTML datetime-local input. */
    static final String T = "yyyy-MM-dd'T'HH:mm";

    static NoteHeaderForm of(ProcedureNoteView n, ZoneId zone) {
        var t = n.times();
        return new NoteHeaderForm(n.checklist().anticoagulantStatus(), n.checklist().allergiesReviewed(),
                n.checklist().painBefore(), n.anesthesia(), n.sedation(), local(t.visitStart(), zone),
                local(t.visitEnd(), zone), local(t.injectingStart(), zone), local(t.injectingEnd(), zone),
                n.complications(), n.painAfter(), n.aftercareGiven());
    }

    NoteHeader header(ZoneId zone) {
        return new NoteHeader(blank(anticoagulantStatus), allergiesReviewed, painBefore, blank(anesthesia), blank(sedation),
                instant(visitStart, zone), instant(visitEnd, zone), instant(injectingStart, zone),
                instant(injectingEnd, zone), blank(complications), painAfter, aftercareGiven);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toInstant();
    }

    private static LocalDateTime local(Instant i, ZoneId zone) {
        return i == null ? null : LocalDateTime.ofInstant(i, zone).withSecond(0).withNano(0);
    }
}
