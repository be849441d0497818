package org.prolotrack.procedure.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.Stock;
import org.prolotrack.formulation.Syringe;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.procedure.AdditionalAnestheticDose;
import org.prolotrack.procedure.AdditionalAnesthetics;
import org.prolotrack.procedure.AnestheticDoseRefused;
import org.prolotrack.procedure.NoteLockedException;
import org.prolotrack.procedure.NoteNotFoundException;
import org.prolotrack.procedure.ProcedureNoteView.Status;
import org.prolotrack.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records anesthetic given outside the syringes (mg = stock mg/mL × volume, from the stocks on file) and hands the
 * doses to the session check as syringes of their own, so the session total and its cap count them.
 */
@Service
class AdditionalAnestheticService implements AdditionalAnesthetics {

    private static final BigDecimal MAX_VOLUME_ML = new BigDecimal("100");

    private final AdditionalAnestheticRepository doses;
    private final NoteRepository notes;
    private final FormulationCalculator calculator;
    private final PatientRecords patients;
    private final CurrentUsers users;
    private final AuditTrail audit;

    AdditionalAnestheticService(AdditionalAnestheticRepository doses, NoteRepository notes,
                                FormulationCalculator calculator, PatientRecords patients, CurrentUsers users,
                                AuditTrail audit) {
        this.doses = doses;
        this.notes = notes;
        this.calculator = calculator;
        this.patients = patients;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<AdditionalAnestheticDose> add(UUID noteId, NewDose in) {
        var note = draft(noteId);
        var errors = new LinkedHashMap<String, String>();
        var purpose = in.purpose() == null ? "" : in.purpose().trim().toUpperCase(Locale.ROOT);
        if (!PURPOSES.contains(purpose)) {
            errors.put("purpose", "Say what the dose was for: SKIN_WHEAL, NERVE_BLOCK or OTHER.");
        }
        var stock = stock(in.agent(), in.stockPercent(), errors);
        var volume = in.volumeMl();
        if (volume == null || volume.signum() <= 0) {
            errors.put("volumeMl", "The volume must be more than 0 mL.");
        } else if (volume.compareTo(MAX_VOLUME_ML) > 0) {
            errors.put("volumeMl", "At most " + MAX_VOLUME_ML + " mL.");
        } else if (volume.stripTrailingZeros().scale() > 1) {
            errors.put("volumeMl", "Give the volume to 0.1 mL.");
        }
        if (in.expiry() != null && in.expiry().isBefore(note.performedOn)) {
            errors.put("expiry", "The lot expired on " + in.expiry() + ", before the session.");
        }
        if (in.siteText() != null && in.siteText().length() > 200) {
            errors.put("siteText", "At most 200 characters.");
        }
        if (!errors.isEmpty()) {
            throw new AnestheticDoseRefused(errors);
        }
        var ml = volume.setScale(1, RoundingMode.UNNECESSARY);
        var dose = new AdditionalAnestheticDose(UUID.randomUUID(), purpose, blankToNull(in.siteText()), stock.id(),
                stock.name(), stock.agent(), stock.percent().stripTrailingZeros(), ml,
                stock.mgPerMl().multiply(ml).setScale(1, RoundingMode.HALF_UP), blankToNull(in.lotNumber()), in.expiry());
        var now = Instant.now();
        doses.insert(note.id, dose, who(), now);
        notes.update(note, who(), now); // bumps the note's version: a concurrent sign sees the change
        audit.record("NOTE_ANESTHETIC_DOSE", note.patientId, "note " + note.id + ": " + dose.mg() + " mg " + dose.agent()
                + " (" + purpose + ")");
        return named(doses.forNote(note.id));
    }

    @Override
    @Transactional // not read-only: the access check writes an audit row
    public List<AdditionalAnestheticDose> forNote(UUID noteId) {
        var note = notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
        patients.requireAccess(note.patientId, "NOTE_READ");
        return named(doses.forNote(noteId));
    }

    @Override
    @Transactional
    public List<AdditionalAnestheticDose> voidDose(UUID noteId, UUID doseId, String reason) {
        var note = draft(noteId);
        var now = Instant.now();
        if (!doses.voidDose(noteId, doseId, reason == null || reason.isBlank() ? "removed from the draft" : reason.strip(),
                who(), now)) {
            throw new IllegalArgumentException("No anesthetic dose " + doseId + " on this note.");
        }
        notes.update(note, who(), now);
        return named(doses.forNote(noteId));
    }

    /** The note's doses as syringes for the session check (no access check: the caller has made it). */
    List<Syringe> asSyringes(UUID noteId) {
        return doses.forNote(noteId).stream().map(d -> new Syringe(List.of(), d.volumeMl(), BigDecimal.ZERO, d.agent(),
                d.stockPercent(), d.mg(), null, null, null, List.of())).toList();
    }

    private ProcedureNote draft(UUID noteId) {
        var note = notes.find(noteId).orElseThrow(() -> new NoteNotFoundException(noteId));
        patients.requireAccess(note.patientId, "NOTE_EDIT");
        if (note.status != Status.DRAFT) {
            throw new NoteLockedException(note.id, note.status);
        }
        return note;
    }

    private Stock stock(String agent, BigDecimal percent, LinkedHashMap<String, String> errors) {
        var a = agent == null ? "" : agent.trim().toLowerCase(Locale.ROOT);
        var anesthetics = calculator.stocks().stream().filter(s -> s.is("ANESTHETIC")).toList();
        var found = percent == null ? null : anesthetics.stream()
                .filter(s -> s.agent().equals(a) && s.percent().compareTo(percent) == 0).findFirst().orElse(null);
        if (found == null) {
            errors.put("stock", "No " + (a.isEmpty() ? "anesthetic" : a) + (percent == null ? "" : " "
                    + percent.stripTrailingZeros().toPlainString() + "%") + " stock on file; have " + anesthetics.stream()
                    .map(s -> s.agent() + " " + s.percent().stripTrailingZeros().toPlainString() + "%").toList() + ".");
        }
        return found;
    }

    private List<AdditionalAnestheticDose> named(List<AdditionalAnestheticDose> list) {
        return list.stream().map(d -> new AdditionalAnestheticDose(d.id(), d.purpose(), d.siteText(), d.stockId(),
                calculator.stocks().stream().filter(s -> s.id().equals(d.stockId())).map(Stock::name).findFirst()
                        .orElse(d.stockId()), d.agent(), d.stockPercent(), d.volumeMl(), d.mg(), d.lotNumber(),
                d.expiry())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String who() {
        return users.currentOrSystem().username();
    }
}
