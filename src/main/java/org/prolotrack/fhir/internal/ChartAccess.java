package org.prolotrack.fhir.internal;

import java.util.Optional;
import java.util.UUID;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.instance.model.api.IIdType;
import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientImports;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.springframework.stereotype.Component;

/**
 * Reads charts for the FHIR providers through {@link PatientRecords}, which checks the signed-in user's access and
 * writes the audit row: the FHIR facade sees exactly what the UI would show that user.
 */
@Component
class ChartAccess {

    private final org.springframework.beans.factory.ObjectProvider<PatientRecords> records;
    private final PatientImports entries;

    /** PatientRecords is looked up when first needed: a command-line import does not need the read side. */
    ChartAccess(org.springframework.beans.factory.ObjectProvider<PatientRecords> records, PatientImports entries) {
        this.records = records;
        this.entries = entries;
    }

    PatientRecords records() {
        return records.getObject();
    }

    /** The chart of a patient read by id: 404 when absent or not the user's to see. */
    PatientChart chart(IIdType id) {
        return records().get(uuid(id.getIdPart(), "Patient id"));
    }

    /** The chart a search's {@code patient} parameter names; empty when absent or not the user's to see. */
    Optional<PatientChart> chart(ReferenceParam patient) {
        if (patient == null || patient.getIdPart() == null) {
            throw new InvalidRequestException("Search by patient: give patient=Patient/{id}.");
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw new InvalidRequestException("The patient parameter must reference a Patient.");
        }
        try {
            return Optional.of(records().get(uuid(patient.getIdPart(), "Patient id")));
        } catch (PatientNotFoundException | ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The chart holding a clinical entry read by its own id: 404 when absent or not the user's to see. */
    PatientChart chartOfEntry(IIdType id, String type) {
        var entry = uuid(id.getIdPart(), type + " id");
        var patient = entries.patientOfEntry(entry)
                .orElseThrow(() -> new ResourceNotFoundException(type + "/" + id.getIdPart()));
        try {
            return records().get(patient);
        } catch (PatientNotFoundException e) {
            throw new ResourceNotFoundException(type + "/" + id.getIdPart());
        }
    }

    static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResourceNotFoundException(what + " '" + value + "' is not a ProloTrack id.");
        }
    }
}
