package org.prolotrack.fhir.internal;

import java.util.List;
import java.util.Map;

import org.prolotrack.patient.PatientImports.ImportedPatient;

/**
 * A bundle read into what ProloTrack keeps: the patient with their entries, how many resources were kept and
 * which were skipped (by type), and the problems that make the bundle unimportable (empty when it is fine).
 */
record ImportedBundle(ImportedPatient patient, int kept, Map<String, Integer> skipped, List<String> problems) {

    int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
