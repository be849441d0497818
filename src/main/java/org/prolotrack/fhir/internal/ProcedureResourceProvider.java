package org.prolotrack.fhir.internal;

import java.util.Date;
import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.procedure.ProcedureNoteView;
import org.prolotrack.procedure.ProcedureNotes;
import org.springframework.stereotype.Component;

/**
 * Procedure: the signed procedure notes (one prolotherapy session each), read and searched by patient. Drafts and
 * voided notes are not served. The procedure module checks access (and audits) on every read.
 */
@Component
class ProcedureResourceProvider implements IResourceProvider {

    private final ProcedureNotes notes;
    private final PatientScopedAccess access;

    ProcedureResourceProvider(ProcedureNotes notes, PatientScopedAccess access) {
        this.notes = notes;
        this.access = access;
    }

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    @Read
    public Procedure read(@IdParam IdType id) {
        var note = access.checkedByModule(() -> notes.find(PatientScopedAccess.entryId(id, "Procedure")), id,
                "Procedure");
        if (!note.signed()) {
            throw PatientScopedAccess.notFound(id, "Procedure");
        }
        return procedure(note);
    }

    @Search
    public List<Procedure> search(@RequiredParam(name = Procedure.SP_PATIENT) ReferenceParam patient) {
        return access.searchedByModule(patient, notes::forPatient).stream()
                .filter(ProcedureNoteView::signed)
                .map(ProcedureResourceProvider::procedure)
                .toList();
    }

    static Procedure procedure(ProcedureNoteView n) {
        var r = new Procedure();
        r.setId(n.id().toString());
        r.setStatus(ProcedureStatus.COMPLETED);
        r.setCode(ProlotherapyCode.concept());
        r.setSubject(new Reference("Patient/" + n.patientId()));
        r.addBasedOn(new Reference("CarePlan/" + n.planId()));
        r.setPerformed(new DateTimeType(n.performedOn().toString()));
        if (n.sessionNumber() != null) {
            r.addNote().setText("Session " + n.sessionNumber() + " of the series");
        }
        for (var i : n.injections()) {
            var side = i.laterality() == null || i.laterality().isBlank() ? "" : " (" + i.laterality().toLowerCase() + ")";
            r.addBodySite(new CodeableConcept().setText(i.siteName() + side));
            if (i.recipe() != null) {
                r.addUsedCode(new CodeableConcept().setText(i.siteName() + side + ": " + i.recipe()));
            }
        }
        if (n.complications() != null && !n.complications().isBlank()) {
            r.addComplication(new CodeableConcept().setText(n.complications()));
        }
        for (var a : n.addenda()) {
            r.addNote().setText("Addendum: " + a.text()).setTime(Date.from(a.signedAt()));
        }
        return r;
    }
}
