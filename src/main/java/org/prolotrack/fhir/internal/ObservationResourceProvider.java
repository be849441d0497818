package org.prolotrack.fhir.internal;

import java.math.BigDecimal;
import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.RecordedOutcome;
import org.springframework.stereotype.Component;

/**
 * Observation: the outcome scores, one Observation per stored response (its id), read and searched by patient.
 * The code is the instrument's LOINC code where its knowledge file names one (e.g. NRS 72514-3), else ProloTrack's
 * instrument code system. The value is the instrument's primary scale (an integer, or a quantity when the score has
 * decimals); an instrument with several scales also gives each one as a component. The outcome module checks
 * access and audits every read.
 */
@Component
class ObservationResourceProvider implements IResourceProvider {

    static final String INSTRUMENT_URI = "http://prolotrack.org/fhir/CodeSystem/instrument";
    private static final String CATEGORY_URI = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String ABSENT_URI = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    private final OutcomeRecords outcomes;
    private final Instruments instruments;
    private final PatientScopedAccess access;

    ObservationResourceProvider(OutcomeRecords outcomes, Instruments instruments, PatientScopedAccess access) {
        this.outcomes = outcomes;
        this.instruments = instruments;
        this.access = access;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id) {
        return observation(access.checkedByModule(
                () -> outcomes.find(PatientScopedAccess.entryId(id, "Observation")), id, "Observation"));
    }

    @Search
    public List<Observation> search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient) {
        return access.searchedByModule(patient, outcomes::history).stream().map(this::observation).toList();
    }

    Observation observation(RecordedOutcome o) {
        var instrument = instruments.find(o.instrumentCode()).orElse(null);
        var r = new Observation();
        r.setId(o.id().toString());
        r.setStatus(ObservationStatus.FINAL);
        r.addCategory(new CodeableConcept(new Coding(CATEGORY_URI, "survey", "Survey")));
        r.setCode(code(o.instrumentCode(), instrument));
        r.setSubject(new Reference("Patient/" + o.patientId()));
        if (o.planId() != null) {
            r.addBasedOn(new Reference("CarePlan/" + o.planId()));
        }
        r.setEffective(new DateTimeType(o.collectedOn().toString()));
        r.addDerivedFrom(new Reference("QuestionnaireResponse/" + o.id()));
        var primary = primaryScale(o, instrument);
        if (primary != null && o.scores().containsKey(primary)) {
            r.setValue(value(o.scores().get(primary)));
        } else {
            r.setDataAbsentReason(absent(primary == null ? null : o.unscored().get(primary)));
        }
        if (instrument != null && instrument.scales().size() > 1) {
            for (var scale : instrument.scales()) {
                var component = r.addComponent().setCode(new CodeableConcept(new Coding(INSTRUMENT_URI,
                        o.instrumentCode() + "." + scale.name(), scale.name())).setText(scale.name()));
                var score = o.scores().get(scale.name());
                if (score != null) {
                    component.setValue(value(score));
                } else {
                    component.setDataAbsentReason(absent(o.unscored().get(scale.name())));
                }
            }
        }
        return r;
    }

    private static CodeableConcept code(String instrumentCode, Instrument instrument) {
        var name = instrument == null ? instrumentCode : instrument.name();
        var coding = instrument != null && instrument.loinc() != null
                ? new Coding(CodeSystems.LOINC_URI, instrument.loinc().code(), instrument.loinc().display())
                : new Coding(INSTRUMENT_URI, instrumentCode, name);
        return new CodeableConcept(coding).setText(name);
    }

    /** The scale the instrument is read by: its primary one, else its only one. */
    private static String primaryScale(RecordedOutcome o, Instrument instrument) {
        if (instrument == null) {
            return o.scores().size() == 1 ? o.scores().keySet().iterator().next() : null;
        }
        if (instrument.primaryScale() != null) {
            return instrument.primaryScale();
        }
        return instrument.scales().size() == 1 ? instrument.scales().getFirst().name() : null;
    }

    private static Type value(BigDecimal score) {
        var exact = score.stripTrailingZeros();
        if (exact.scale() <= 0) {
            return new IntegerType(exact.intValueExact());
        }
        return new Quantity().setValue(score).setUnit("score").setSystem("http://unitsofmeasure.org").setCode("{score}");
    }

    private static CodeableConcept absent(String reason) {
        return new CodeableConcept(new Coding(ABSENT_URI, "not-applicable", "Not Applicable"))
                .setText(reason == null ? "No single score for this instrument" : reason);
    }
}
