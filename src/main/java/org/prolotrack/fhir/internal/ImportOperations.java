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
        var user = users.currentOrSystem();
        var requested = request.getParameters().containsKey("clinic") ? request.getParameters().get("clinic")[0]
                : request.getHeader(CLINIC_HEADER);
        var clinic = clinics.resolve(user, requested);
        var result = importer.importBundle(bundle, clinic.id(), user.username());
        audit.record("FHIR_IMPORT", result.patientId(), "Bundle into clinic " + clinic.code() + ": kept "
                + result.kept() + ", skipped " + result.skippedTotal());
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
