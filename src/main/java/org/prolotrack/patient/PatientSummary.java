package org.prolotrack.patient;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the patient list. */
public record PatientSummary(UUID id, UUID clinicId, String mrn, String givenName, String familyName,
                             LocalDate birthDate, PatientChart.Sex sex) { }
