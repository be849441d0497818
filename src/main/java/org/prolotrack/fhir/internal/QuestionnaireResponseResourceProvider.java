package org.prolotrack.fhir.internal;

import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.RecordedOutcome;
import org.springframework.stereotype.Component;

/**
 * QuestionnaireResponse: the answers behind each outcome score (same id as its Observation), read and searched by
 * patient. One item per question of the instrument, in order, its answer as an integer (the option's value); an
 * unanswered question has no answer. The outcome module checks access and audits every read.
 */
@Component
class QuestionnaireResponseResourceProvider implements IResourceProvider {

    static final String QUESTIONNAIRE_BASE = "http://prolotrack.org/fhir/Questionnaire/";

    private final OutcomeRecords outcomes;
    private final Instruments instruments;
    private final PatientScopedAccess access;

    QuestionnaireResponseResourceProvider(OutcomeRecords outcomes, Instruments instruments, PatientScopedAccess access) {
        this.outcomes = outcomes;
        this.instruments = instruments;
        this.access = access;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        return response(access.checkedByModule(
                () -> outcomes.find(PatientScopedAccess.entryId(id, "QuestionnaireResponse")), id,
                "QuestionnaireResponse"));
    }

    @Search
    public List<QuestionnaireResponse> search(
            @RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient) {
        return access.searchedByModule(patient, outcomes::history).stream().map(this::response).toList();
    }

    QuestionnaireResponse response(RecordedOutcome o) {
        var r = new QuestionnaireResponse();
        r.setId(o.id().toString());
        r.setQuestionnaire(QUESTIONNAIRE_BASE + o.instrumentCode());
        r.setStatus(QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/" + o.patientId()));
        if (o.planId() != null) {
            r.addBasedOn(new Reference("CarePlan/" + o.planId()));
        }
        r.setAuthoredElement(new DateTimeType(o.collectedOn().toString()));
        if (o.source() == RecordedOutcome.Source.PAPER) {
            r.setAuthor(new Reference().setDisplay(o.recordedBy() + " (typed in from a paper form)"));
        } else {
            r.setAuthor(new Reference("Patient/" + o.patientId()));
        }
        r.setSource(new Reference("Patient/" + o.patientId()));
        var items = instruments.find(o.instrumentCode()).map(i -> i.items()).orElse(List.of());
        for (int i = 0; i < o.answers().size(); i++) {
            var question = i < items.size() ? items.get(i) : null;
            var item = r.addItem().setLinkId(question == null ? String.valueOf(i + 1) : question.id());
            if (question != null) {
                item.setText(question.text());
            }
            var answer = o.answers().get(i);
            if (answer != null) {
                item.addAnswer().setValue(new IntegerType(answer));
            }
        }
        return r;
    }
}
