package org.prolotrack.fhir.internal;

import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.safety.AdverseEvent;
import org.prolotrack.safety.SafetyRecords;
import org.springframework.stereotype.Component;

/**
 * AdverseEvent: side effects and adverse events the clinic recorded, read and searched by patient. Voided entries
 * are not served. The event is the safety catalogue's entry; severity, seriousness and outcome use HL7's code
 * systems; the session it followed is the suspect entity, with the clinic's relatedness as causality. The safety
 * module checks access and audits every read.
 */
@Component
class AdverseEventResourceProvider implements IResourceProvider {

    static final String EVENT_URI = "http://prolotrack.org/fhir/CodeSystem/adverse-event";
    private static final String HL7 = "http://terminology.hl7.org/CodeSystem/";

    private final SafetyRecords safety;
    private final PatientScopedAccess access;

    AdverseEventResourceProvider(SafetyRecords safety, PatientScopedAccess access) {
        this.safety = safety;
        this.access = access;
    }

    @Override
    public Class<org.hl7.fhir.r4.model.AdverseEvent> getResourceType() {
        return org.hl7.fhir.r4.model.AdverseEvent.class;
    }

    @Read
    public org.hl7.fhir.r4.model.AdverseEvent read(@IdParam IdType id) {
        return adverseEvent(access.checkedByModule(
                () -> safety.adverseEvent(PatientScopedAccess.entryId(id, "AdverseEvent")), id, "AdverseEvent"));
    }

    @Search
    public List<org.hl7.fhir.r4.model.AdverseEvent> search(
            @RequiredParam(name = org.hl7.fhir.r4.model.AdverseEvent.SP_SUBJECT) ReferenceParam subject) {
        return access.searchedByModule(subject, safety::adverseEvents).stream()
                .map(AdverseEventResourceProvider::adverseEvent).toList();
    }

    /** R4 names AdverseEvent's patient search parameter {@code subject}; {@code patient} is taken as well. */
    @Search
    public List<org.hl7.fhir.r4.model.AdverseEvent> searchByPatient(
            @RequiredParam(name = "patient") ReferenceParam patient) {
        return search(patient);
    }

    static org.hl7.fhir.r4.model.AdverseEvent adverseEvent(AdverseEvent e) {
        var r = new org.hl7.fhir.r4.model.AdverseEvent();
        r.setId(e.id().toString());
        r.setActuality(AdverseEventActuality.ACTUAL);
        r.setEvent(new CodeableConcept(new Coding(EVENT_URI, e.catalogueCode(), e.catalogueName()))
                .setText(e.description() == null || e.description().isBlank() ? e.catalogueName() : e.description()));
        r.setSubject(new Reference("Patient/" + e.patientId()));
        r.setDateElement(new DateTimeType(e.onsetOn().toString()));
        r.setSeriousness(new CodeableConcept(new Coding(HL7 + "adverse-event-seriousness",
                e.serious() ? "serious" : "non-serious", e.serious() ? "Serious" : "Non-serious")));
        var severity = switch (e.severity()) {
            case MILD -> "mild";
            case MODERATE -> "moderate";
            case SEVERE, LIFE_THREATENING -> "severe";
        };
        r.setSeverity(new CodeableConcept(new Coding(HL7 + "adverse-event-severity", severity, null))
                .setText(e.severity().name().toLowerCase().replace('_', '-')));
        r.setOutcome(new CodeableConcept(e.resolvedOn() == null
                ? new Coding(HL7 + "adverse-event-outcome", "ongoing", "Ongoing")
                : new Coding(HL7 + "adverse-event-outcome", "resolved", "Resolved"))
                .setText(e.resolvedOn() == null ? null : "Resolved on " + e.resolvedOn()));
        if (e.procedureNoteId() != null) {
            r.addSuspectEntity().setInstance(new Reference("Procedure/" + e.procedureNoteId()))
                    .addCausality().setAssessment(causality(e.relatedness()));
        }
        return r;
    }

    private static CodeableConcept causality(AdverseEvent.Relatedness relatedness) {
        var text = relatedness.name().toLowerCase().replace('_', ' ');
        var code = switch (relatedness) {
            case RELATED -> "Certain";
            case PROBABLE -> "Probably-Likely";
            case POSSIBLE -> "Possible";
            case UNLIKELY -> "Unlikely";
            case NOT_RELATED -> null;
        };
        var cc = new CodeableConcept().setText(text);
        if (code != null) {
            cc.addCoding(new Coding(HL7 + "adverse-event-causality-assess", code, null));
        }
        return cc;
    }
}
