package org.prolotrack.fhir.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.instance.model.api.IIdType;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Access checks for the providers over other modules' records (series, notes, appointments, ...): every read goes
 * through {@link PatientRecords#requireAccess}, which decides and writes the audit row. Absent and forbidden answer
 * alike: a read is a 404, a search by a patient the user may not see is an empty bundle.
 */
@Component
class PatientScopedAccess {

    private final ObjectProvider<PatientRecords> records;

    PatientScopedAccess(ObjectProvider<PatientRecords> records) {
        this.records = records;
    }

    /** The patient a search's {@code patient} parameter names, when the user may see them (audited as action). */
    Optional<UUID> searched(ReferenceParam patient, String action) {
        try {
            var id = patientId(patient);
            records.getObject().requireAccess(id, action);
            return Optional.of(id);
        } catch (PatientNotFoundException | ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Checks (and audits) access to the patient a record read by id belongs to: 404 when not the user's. */
    void require(UUID patientId, String action, IIdType id, String type) {
        try {
            records.getObject().requireAccess(patientId, action);
        } catch (PatientNotFoundException e) {
            throw notFound(id, type);
        }
    }

    /** Runs a module read that checks access itself, answering 404 for a patient that is not the user's. */
    <T> T checkedByModule(Supplier<Optional<T>> read, IIdType id, String type) {
        try {
            return read.get().orElseThrow(() -> notFound(id, type));
        } catch (PatientNotFoundException e) {
            throw notFound(id, type);
        }
    }

    /** Runs a module search that checks access itself; a patient that is not the user's has nothing to show. */
    <T> java.util.List<T> searchedByModule(ReferenceParam patient,
                                           java.util.function.Function<UUID, java.util.List<T>> search) {
        try {
            return search.apply(patientId(patient));
        } catch (PatientNotFoundException | ResourceNotFoundException e) {
            return java.util.List.of();
        }
    }

    static ResourceNotFoundException notFound(IIdType id, String type) {
        return new ResourceNotFoundException(type + "/" + id.getIdPart());
    }

    static UUID patientId(ReferenceParam patient) {
        if (patient == null || patient.getIdPart() == null) {
            throw new InvalidRequestException("Search by patient: give patient=Patient/{id}.");
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw new InvalidRequestException("The patient parameter must reference a Patient.");
        }
        return ChartAccess.uuid(patient.getIdPart(), "Patient id");
    }

    static UUID entryId(IIdType id, String type) {
        return ChartAccess.uuid(id.getIdPart(), type + " id");
    }
}
