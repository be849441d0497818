package org.prolotrack.patient;

import java.util.List;

/**
 * De-identified counts for the network registry: patients per clinic and active indication, with no identifiers.
 * Counts below {@link #SMALL_CELL} are suppressed (reported as null) so that a rare cell cannot single anyone out.
 */
public interface PatientStatistics {

    int SMALL_CELL = 5;

    /** {@code count} is null when fewer than {@link #SMALL_CELL} patients fall in the cell. */
    record CohortCount(String clinicName, String codeSystem, String code, String display, Long count) { }

    List<CohortCount> activeConditionsByClinic();
}
