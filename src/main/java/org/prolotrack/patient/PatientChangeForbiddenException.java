package org.prolotrack.patient;

import org.prolotrack.problem.Refusal;

/** The user may see this patient but not change the record (a patient account reads its own record only). */
public class PatientChangeForbiddenException extends Refusal {

    public PatientChangeForbiddenException() {
        super(Kind.FORBIDDEN, "Forbidden",
                "Your role may read this record but not change it; ask the clinic to update it.");
    }
}
