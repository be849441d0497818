package org.prolotrack.fhir.internal;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.prolotrack.audit.AuditTrail;
import org.prolotrack.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir} with a transaction or collection Bundle of one patient: imports it into a clinic
 * ({@code ?clinic=MAD} or header {@code X-ProloTrack-Clinic}; default the user's own clinic, an admin must name one).
 * Answers a transaction-response Bundle: the Patient's location and an OperationOutcome saying what was kept,
 * inserted, updated, unchanged and skipped.
 */
@Component
class ImportOperations implements FhirOperations {

    static final String CLINIC_HEADER = "X-ProloTrack-Clinic";

    private final BundleImporter importer;
    private final ImportClinics clinics;
    private final CurrentUsers users;
    private final AuditTrail audit;

    ImportOperations(BundleImporter importer, ImportClinics clinics, CurrentUsers users, AuditTrail audit) {
        this.importer = importer;
        this.clinics = clinics;
        this.users = users;
        this.audit = audit;
    }

    @Transaction
    public Bundle importBundle(@TransactionParam Bundle bundle, RequestDetails request) {
        var clinic = request.getParameters().containsKey("clinic") ? request.getParameters().get("clinic")[0] : null;
        return importInto(clinic, request.getHeader(CLINIC_HEADER), null,
                (clinicId, user) -> importer.importBundle(bundle, clinicId, user));
    }

    /** One import of a bundle, given the clinic it goes into and who imports it. */
    @FunctionalInterface
    interface Import {
        BundleImporter.Result into(java.util.UUID clinicId, String importedBy);
    }

    /**
     * Runs an import over HTTP: into the clinic the request names (parameter, else header; see
     * {@link ImportClinics#resolve}) as the current user may, with an audit row, answered as a transaction response.
     * The clinic is checked before the body is read.
     */
    Bundle importInto(String clinicParameter, String clinicHeader, BundleImporter.ValidationScope scope, Import work) {
        var user = users.currentOrSystem();
        var clinic = clinics.resolve(user, clinicParameter != null ? clinicParameter : clinicHeader);
        var result = work.into(clinic.id(), user.username());
        audit.record("FHIR_IMPORT", result.patientId(), "Bundle into clinic " + clinic.code() + ": kept "
                + result.kept() + ", skipped " + result.skippedTotal() + (scope == null ? "" : ", validation " + scope));
        return response(result);
    }

    static Bundle response(BundleImporter.Result r) {
        var answer = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        var o = r.outcome();
        var summary = new OperationOutcome();
        summary.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                .setDiagnostics("Kept " + r.kept() + " resources (rows inserted " + o.inserted() + ", updated "
                        + o.updated() + ", unchanged " + o.unchanged() + "); skipped " + r.skippedTotal() + ": "
                        + r.skipped());
        answer.addEntry().getResponse()
                .setStatus(o.patientCreated() ? "201 Created" : "200 OK")
                .setLocation("Patient/" + r.patientId())
                .setOutcome(summary);
        return answer;
    }
}
