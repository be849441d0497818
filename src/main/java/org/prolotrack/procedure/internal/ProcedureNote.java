package org.prolotrack.procedure.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.prolotrack.procedure.IllegalNoteTransition;
import org.prolotrack.procedure.NoteLockedException;
import org.prolotrack.procedure.NoteSigningRefused;
import org.prolotrack.procedure.ProcedureNoteView.Addendum;
import org.prolotrack.procedure.ProcedureNoteView.Checklist;
import org.prolotrack.procedure.ProcedureNoteView.DayCheck;
import org.prolotrack.procedure.ProcedureNoteView.Injection;
import org.prolotrack.procedure.ProcedureNoteView.Status;
import org.prolotrack.procedure.ProcedureNoteView.Times;
import org.prolotrack.procedure.ProcedureNotes.DayCheckEntry;
import org.prolotrack.procedure.ProcedureNotes.NoteHeader;

/**
 * The procedure note aggregate. A draft is filled in; {@link #sign} checks it is complete and locks it; after that
 * only {@link #addAddendum} changes it. Edits to a signed note throw {@link NoteLockedException}.
 */
class ProcedureNote {

    static final Set<String> ANTICOAGULANT = Set.of("NONE", "HELD", "CONTINUED_ASPIRIN", "CONTINUED_OTHER");
    static final Set<String> SEDATION = Set.of("NONE", "LIGHT");

    final UUID id;
    final UUID patientId;
    final UUID planId;
    final UUID clinicId;
    final UUID providerId;
    final LocalDate performedOn;
    final String knowledgeVersion;
    Status status;
    Integer sessionNumber;
    Checklist checklist = new Checklist(null, false, null);
    String anesthesia;
    String sedation;
    Times times = new Times(null, null, null, null);
    String complications;
    Integer painAfter;
    boolean aftercareGiven;
    final List<Injection> injections = new ArrayList<>();
    final List<Addendum> addenda = new ArrayList<>();
    DayCheck dayCheck;
    BigDecimal weightKg;
    BigDecimal anestheticMg;
    BigDecimal anestheticCapMg;
    Instant signedAt;
    String signedBy;
    int version;

    ProcedureNote(UUID id, UUID patientId, UUID planId, UUID clinicId, UUID providerId, LocalDate performedOn,
                  String knowledgeVersion, Status status) {
        this.id = Objects.requireNonNull(id);
        this.patientId = Objects.requireNonNull(patientId);
        this.planId = Objects.requireNonNull(planId, "a note belongs to a treatment series");
        this.clinicId = Objects.requireNonNull(clinicId);
        this.providerId = providerId;
        this.performedOn = Objects.requireNonNull(performedOn);
        this.knowledgeVersion = knowledgeVersion;
        this.status = status;
    }

    void update(NoteHeader h) {
        requireDraft();
        if (h.anticoagulantStatus() != null && !ANTICOAGULANT.contains(h.anticoagulantStatus())) {
            throw new IllegalArgumentException("Anticoagulant status must be one of " + ANTICOAGULANT + ".");
        }
        if (h.sedation() != null && !SEDATION.contains(h.sedation())) {
            throw new IllegalArgumentException("Sedation must be NONE or LIGHT.");
        }
        requirePain("Pain before", h.painBefore());
        requirePain("Pain after", h.painAfter());
        requireOrder("The visit", h.visitStart(), h.visitEnd());
        requireOrder("The injecting", h.injectingStart(), h.injectingEnd());
        if (h.visitStart() != null && h.injectingStart() != null && h.injectingStart().isBefore(h.visitStart())) {
            throw new IllegalArgumentException("The injecting cannot start before the visit.");
        }
        checklist = new Checklist(h.anticoagulantStatus(), Boolean.TRUE.equals(h.allergiesReviewed()), h.painBefore());
        anesthesia = h.anesthesia();
        sedation = h.sedation();
        times = new Times(h.visitStart(), h.visitEnd(), h.injectingStart(), h.injectingEnd());
        complications = h.complications();
        painAfter = h.painAfter();
        aftercareGiven = Boolean.TRUE.equals(h.aftercareGiven());
    }

    /** Records the day-of-procedure check (replacing an earlier one while the note is a draft). */
    DayCheck recordDayCheck(DayCheckEntry entry, Instant at, String by) {
        requireDraft();
        dayCheck = DayCheckAnswers.validate(entry, performedOn, at, by);
        return dayCheck;
    }

    void addInjection(Injection injection) {
        requireDraft();
        injections.add(injection);
    }

    void voidInjection(UUID injectionId) {
        requireDraft();
        if (!injections.removeIf(i -> i.id().equals(injectionId))) {
            throw new IllegalArgumentException("No injection " + injectionId + " on this note.");
        }
    }

    /** What the note itself still lacks before it can be signed. */
    List<String> incomplete() {
        var missing = new ArrayList<String>();
        if (checklist.anticoagulantStatus() == null) {
            missing.add("anticoagulant status");
        }
        if (!checklist.allergiesReviewed()) {
            missing.add("allergies reviewed");
        }
        if (checklist.painBefore() == null) {
            missing.add("pain before (0–10)");
        }
        if (injections.isEmpty()) {
            missing.add("at least one injection");
        }
        if (times.visitStart() == null || times.visitEnd() == null) {
            missing.add("visit start and end");
        }
        if (times.injectingStart() == null || times.injectingEnd() == null) {
            missing.add("injecting start and end");
        }
        if (painAfter == null) {
            missing.add("pain after (0–10)");
        }
        if (!aftercareGiven) {
            missing.add("aftercare given");
        }
        missing.addAll(DayCheckAnswers.refusals(dayCheck, checklist.anticoagulantStatus()));
        return missing;
    }

    /** Draft → signed. {@code missing} holds what the guards and the anesthetic check answered. */
    void sign(List<String> missing, int session, BigDecimal weight, BigDecimal mg, BigDecimal cap, Instant at, String by) {
        requireDraft();
        var all = new ArrayList<>(incomplete());
        all.addAll(missing);
        if (!all.isEmpty()) {
            throw new NoteSigningRefused(id, all);
        }
        status = Status.SIGNED;
        sessionNumber = session;
        weightKg = weight;
        anestheticMg = mg;
        anestheticCapMg = cap;
        signedAt = at;
        signedBy = by;
    }

    Addendum addAddendum(String text, Instant at, String by) {
        if (status != Status.SIGNED) {
            throw new IllegalNoteTransition("Addenda are for signed notes; edit the draft instead.");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An addendum needs text.");
        }
        if (text.length() > 4000) {
            throw new IllegalArgumentException("An addendum is at most 4000 characters.");
        }
        var addendum = new Addendum(UUID.randomUUID(), text.strip(), at, by);
        addenda.add(addendum);
        return addendum;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new NoteLockedException(id, status);
        }
    }

    private static void requirePain(String what, Integer pain) {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException(what + " is a number from 0 to 10.");
        }
    }

    private static void requireOrder(String what, Instant start, Instant end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(what + " cannot end before it starts.");
        }
    }
}
