package org.prolotrack.procedure.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes.DayCheckEntry;
import org.springframework.format.annotation.DateTimeFormat;

/** The day-of-procedure check as typed: yes/no answers as "true"/"false" (blank: not answered yet). */
record DayCheckForm(Boolean fever, Boolean skinClear, String skinNote, String pregnancy, Boolean newAnticoagulant,
                    String anticoagulant, BigDecimal inr,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate anticoagulantHeldOn,
                    Boolean changesSinceScreening, String changesNote) {

    static DayCheckForm of(ProcedureNoteView note) {
        var c = note.dayCheck();
        if (c == null) {
            return new DayCheckForm(null, null, null, null, null, null, null, null, null, null);
        }
        return new DayCheckForm(c.fever(), c.skinClear(), c.skinNote(), c.pregnancy().name(), c.newAnticoagulant(),
                c.anticoagulant(), c.inr(), c.anticoagulantHeldOn(), c.changesSinceScreening(), c.changesNote());
    }

    DayCheckEntry entry() {
        return new DayCheckEntry(fever, skinClear, skinNote, pregnancy, newAnticoagulant, anticoagulant, inr,
                anticoagulantHeldOn, changesSinceScreening, changesNote);
    }
}
