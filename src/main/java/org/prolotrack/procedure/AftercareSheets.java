package org.prolotrack.procedure;

import java.util.List;
import java.util.UUID;

/**
 * The patient aftercare sheet of a session, built from the note and the knowledge texts, as XHTML and as PDF.
 * Every call checks access to the patient (a patient sees only their own).
 */
public interface AftercareSheets {

    /** A sheet as a list entry (the patient portal lists signed sessions). */
    record SheetSummary(UUID noteId, java.time.LocalDate performedOn, Integer sessionNumber, List<String> sites) { }

    List<SheetSummary> forPatient(UUID patientId);

    /** A complete, well-formed XHTML document. */
    String html(UUID noteId);

    byte[] pdf(UUID noteId);

    /** The signs that should make a patient call the clinic right away (knowledge texts). */
    List<String> callRightAway();

    /** A text of the sheet with where it comes from: for clinicians only, never printed on the patient's sheet. */
    record SourcedText(String text, String source, String certainty) { }

    List<SourcedText> sources();
}
