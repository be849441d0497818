package org.prolotrack.fhir.internal;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.springframework.stereotype.Component;

/**
 * CarePlan: the treatment series (a prolotherapy series of sessions at planned targets), read and searched by
 * patient. Drafts are served as {@code draft}, a stopped series as {@code revoked}.
 */
@Component
class CarePlanResourceProvider implements IResourceProvider {

    private static final String ACTION = "FHIR_CAREPLAN_READ";

    private final TreatmentPlans plans;
    private final PatientScopedAccess access;

    CarePlanResourceProvider(TreatmentPlans plans, PatientScopedAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        var plan = plans.find(PatientScopedAccess.entryId(id, "CarePlan"))
                .orElseThrow(() -> PatientScopedAccess.notFound(id, "CarePlan"));
        access.require(plan.patientId(), ACTION, id, "CarePlan");
        return carePlan(plan);
    }

    @Search
    public List<CarePlan> search(@RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient) {
        return access.searched(patient, ACTION).stream()
                .flatMap(p -> plans.forPatient(p).stream())
                .map(CarePlanResourceProvider::carePlan)
                .toList();
    }

    static CarePlan carePlan(TreatmentPlanView p) {
        var r = new CarePlan();
        r.setId(p.id().toString());
        r.setStatus(status(p.status()));
        r.setIntent(CarePlanIntent.PLAN);
        r.setSubject(new Reference("Patient/" + p.patientId()));
        r.setTitle(p.protocolName());
        r.addCategory(new CodeableConcept().setText("Prolotherapy treatment series"));
        r.setDescription(p.indicationDisplay() + ": " + p.plannedSessions() + " sessions, every "
                + p.intervalMinDays() + "–" + p.intervalMaxDays() + " days");
        if (p.activatedAt() != null) {
            r.setPeriod(new Period().setStart(Date.from(p.activatedAt())));
        }
        var detail = r.addActivity().getDetail()
                .setKind(CarePlanActivityKind.SERVICEREQUEST)
                .setCode(ProlotherapyCode.concept())
                .setStatus(activityStatus(p))
                .setScheduled(new StringType(p.plannedSessions() + " sessions, " + p.intervalMinDays() + "–"
                        + p.intervalMaxDays() + " days apart"))
                .setDescription(p.targets().stream().map(CarePlanResourceProvider::target)
                        .collect(Collectors.joining("; ")));
        if (!p.agents().isEmpty()) {
            detail.setProduct(new CodeableConcept().setText(String.join(", ", p.agents())));
        }
        r.getActivityFirstRep().addProgress().setText(p.sessionsDone() + " of " + p.plannedSessions()
                + " sessions done" + (p.lastSessionOn() == null ? "" : ", the last on " + p.lastSessionOn()));
        for (var t : p.combinedTherapies()) {
            r.addActivity().getDetail().setKind(CarePlanActivityKind.SERVICEREQUEST)
                    .setCode(new CodeableConcept().setText(t)).setStatus(CarePlanActivityStatus.UNKNOWN);
        }
        if (p.stopReason() != null) {
            r.addNote().setText("Stopped: " + p.stopReason());
        }
        return r;
    }

    private static String target(TreatmentPlanView.PlannedTarget t) {
        var side = t.laterality() == null || t.laterality().isBlank() ? "" : " (" + t.laterality().toLowerCase() + ")";
        return t.siteName() + side + ", " + t.guidance().toLowerCase() + " guidance";
    }

    private static CarePlanStatus status(TreatmentPlanView.Status s) {
        return switch (s) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE, MAINTENANCE -> CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlanStatus.COMPLETED;
            case STOPPED -> CarePlanStatus.REVOKED;
        };
    }

    private static CarePlanActivityStatus activityStatus(TreatmentPlanView p) {
        return switch (p.status()) {
            case DRAFT -> CarePlanActivityStatus.NOTSTARTED;
            case ACTIVE, MAINTENANCE -> p.sessionsDone() == 0 ? CarePlanActivityStatus.SCHEDULED
                    : CarePlanActivityStatus.INPROGRESS;
            case COMPLETED -> CarePlanActivityStatus.COMPLETED;
            case STOPPED -> CarePlanActivityStatus.STOPPED;
        };
    }
}
