package org.prolotrack.patient;

import java.util.UUID;
import org.prolotrack.problem.Refusal;

/**
 * No such patient, or not one the signed-in user may see: the two answer alike (404), so that a denied
 * read does not reveal whether the patient exists.
 */
public class PatientNotFoundException extends Refusal {

    public PatientNotFoundException(UUID id) {
        super(Kind.NOT_FOUND, "Patient not found", "No patient " + id + " that you may see.");
    }
}
