package org.prolotrack.fhir.internal;

import java.util.Date;
import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentDataMeaning;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.consent.ConsentView;
import org.prolotrack.consent.Consents;
import org.springframework.stereotype.Component;

/**
 * Consent: the patient's consents to a treatment series, read and searched by patient. Pending reads as
 * {@code proposed}, signed as {@code active}, withdrawn or superseded as {@code inactive}; the signed document is
 * the PDF at {@code /api/consents/{id}/pdf}. The consent module checks access and audits every read.
 */
@Component
class ConsentResourceProvider implements IResourceProvider {

    private final Consents consents;
    private final PatientScopedAccess access;

    ConsentResourceProvider(Consents consents, PatientScopedAccess access) {
        this.consents = consents;
        this.access = access;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Read
    public Consent read(@IdParam IdType id) {
        return consent(access.checkedByModule(() -> consents.find(PatientScopedAccess.entryId(id, "Consent")), id,
                "Consent"));
    }

    @Search
    public List<Consent> search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient) {
        return access.searchedByModule(patient, consents::forPatient).stream()
                .map(ConsentResourceProvider::consent).toList();
    }

    static Consent consent(ConsentView c) {
        var r = new Consent();
        r.setId(c.id().toString());
        r.setStatus(switch (c.status()) {
            case PENDING -> ConsentState.PROPOSED;
            case SIGNED -> ConsentState.ACTIVE;
            case WITHDRAWN, SUPERSEDED -> ConsentState.INACTIVE;
        });
        r.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "treatment",
                "Treatment")));
        r.addCategory(new CodeableConcept(new Coding(CodeSystems.LOINC_URI, "59284-0", "Patient Consent"))
                .setText(c.title()));
        r.setPatient(new Reference("Patient/" + c.patientId()));
        r.setDateTime(Date.from(c.signed() ? c.signedAt() : c.createdAt()));
        if (c.signed()) {
            r.addPerformer(new Reference("Patient/" + c.patientId()).setDisplay(
                    c.signerName() + ("self".equalsIgnoreCase(c.signerRelationship()) ? ""
                            : " (" + c.signerRelationship() + ")")));
        }
        r.addPolicy().setUri("urn:prolotrack:consent-template:" + c.clinicId() + ":v" + c.templateVersion());
        r.setSource(new Attachment().setContentType("application/pdf").setUrl("/api/consents/" + c.id() + "/pdf")
                .setTitle(c.title()));
        var provision = r.getProvision().setType(c.status() == ConsentView.Status.WITHDRAWN
                ? ConsentProvisionType.DENY : ConsentProvisionType.PERMIT);
        if (c.signed()) {
            var period = new Period().setStart(Date.from(c.signedAt()));
            if (c.withdrawnAt() != null) {
                period.setEnd(Date.from(c.withdrawnAt()));
            }
            provision.setPeriod(period);
        }
        provision.addData().setMeaning(ConsentDataMeaning.RELATED).setReference(new Reference("CarePlan/" + c.planId()));
        return r;
    }
}
