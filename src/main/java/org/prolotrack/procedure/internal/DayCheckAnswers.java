package org.prolotrack.procedure.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.prolotrack.procedure.DayCheckInvalid;
import org.prolotrack.procedure.ProcedureNoteView.DayCheck;
import org.prolotrack.procedure.ProcedureNoteView.Pregnancy;
import org.prolotrack.procedure.ProcedureNotes.DayCheckEntry;

/**
 * The day-of-procedure check's own rules: every question answered, values in range, and the answers that stop an
 * injection whatever the screening said (fever, skin, a new anticoagulant, a change since the screening). What
 * depends on the screening or the sites' bleeding risk (pregnancy the screening did not weigh, an anticoagulant at a
 * deep site) is the screening module's signing guard.
 */
final class DayCheckAnswers {

    private static final BigDecimal INR_MAX = new BigDecimal("20");

    private DayCheckAnswers() {
    }

    /** The check as recorded, or {@link DayCheckInvalid} naming each unanswered or out-of-range field. */
    static DayCheck validate(DayCheckEntry e, LocalDate performedOn, Instant at, String by) {
        if (e == null) {
            e = new DayCheckEntry(null, null, null, null, null, null, null, null, null, null);
        }
        var errors = new LinkedHashMap<String, String>();
        if (e.fever() == null) {
            errors.put("fever", "Answer: does the patient have a fever today?");
        }
        if (e.skinClear() == null) {
            errors.put("skinClear", "Answer: is the skin intact at every site to be injected?");
        } else if (!e.skinClear() && blank(e.skinNote())) {
            errors.put("skinNote", "Say what the skin shows and where.");
        }
        Pregnancy pregnancy = null;
        if (blank(e.pregnancy())) {
            errors.put("pregnancy", "Answer: could the patient be pregnant (or not applicable)?");
        } else {
            try {
                pregnancy = Pregnancy.valueOf(e.pregnancy().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                errors.put("pregnancy", "Choose NOT_APPLICABLE, NOT_PREGNANT, POSSIBLE or PREGNANT.");
            }
        }
        if (e.newAnticoagulant() == null) {
            errors.put("newAnticoagulant", "Answer: has an anticoagulant or antiplatelet drug been started since the screening?");
        }
        if (e.inr() != null && (e.inr().signum() <= 0 || e.inr().compareTo(INR_MAX) >= 0)) {
            errors.put("inr", "The INR is a number above 0 and below 20.");
        }
        if (e.anticoagulantHeldOn() != null && e.anticoagulantHeldOn().isAfter(performedOn)) {
            errors.put("anticoagulantHeldOn", "The day it was held cannot be after the procedure day (" + performedOn + ").");
        }
        if (e.changesSinceScreening() == null) {
            errors.put("changesSinceScreening", "Answer: has anything changed since the screening (new diagnosis, medication, allergy, symptoms)?");
        } else if (e.changesSinceScreening() && blank(e.changesNote())) {
            errors.put("changesNote", "Say what changed.");
        }
        tooLong(errors, "skinNote", e.skinNote(), 500);
        tooLong(errors, "anticoagulant", e.anticoagulant(), 200);
        tooLong(errors, "changesNote", e.changesNote(), 2000);
        if (!errors.isEmpty()) {
            throw new DayCheckInvalid(errors);
        }
        return new DayCheck(e.fever(), e.skinClear(), strip(e.skinNote()), pregnancy, e.newAnticoagulant(),
                strip(e.anticoagulant()), e.inr(), e.anticoagulantHeldOn(), e.changesSinceScreening(),
                strip(e.changesNote()), at, by);
    }

    /**
     * What the recorded check refuses or still needs before signing, given the checklist's anticoagulant status
     * (HELD needs the drug and the day it was held; a continued anticoagulant other than aspirin needs the drug;
     * warfarin needs an INR).
     */
    static List<String> refusals(DayCheck c, String anticoagulantStatus) {
        var out = new ArrayList<String>();
        if (c == null) {
            out.add("the day-of-procedure check (fever, skin at the sites, pregnancy, anticoagulant, changes since the screening)");
            return out;
        }
        if (c.fever()) {
            out.add("no fever on the day: the patient has a fever today — do not inject; defer until the patient is "
                    + "without fever and its cause is known (screening rule FEVER)");
        }
        if (!c.skinClear()) {
            out.add("intact skin at every site: " + c.skinNote() + " — do not inject through it; defer or choose "
                    + "another site (screening rule LOCAL_INFECTION_AT_SITE)");
        }
        if (c.newAnticoagulant()) {
            out.add("a screening that knows the anticoagulant started since it: add it to the medication list and "
                    + "screen again");
        }
        if (c.changesSinceScreening()) {
            out.add("a screening after the changes reported today (" + c.changesNote() + "): update the chart and "
                    + "screen again");
        }
        boolean held = "HELD".equals(anticoagulantStatus);
        boolean continued = "CONTINUED_OTHER".equals(anticoagulantStatus);
        if ((held || continued) && blank(c.anticoagulant())) {
            out.add("the anticoagulant's name on the day-of-procedure check");
        }
        if (held && c.anticoagulantHeldOn() == null) {
            out.add("the day the anticoagulant was held, on the day-of-procedure check");
        }
        if ((held || continued) && warfarin(c.anticoagulant()) && c.inr() == null) {
            out.add("the INR measured for warfarin, on the day-of-procedure check");
        }
        return out;
    }

    static boolean warfarin(String drug) {
        if (drug == null) {
            return false;
        }
        var d = drug.toLowerCase(Locale.ROOT);
        return d.contains("warfarin") || d.contains("coumadin") || d.contains("jantoven");
    }

    private static void tooLong(LinkedHashMap<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(field, "At most " + max + " characters.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
