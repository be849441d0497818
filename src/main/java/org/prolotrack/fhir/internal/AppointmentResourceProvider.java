package org.prolotrack.fhir.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.prolotrack.scheduling.Appointments;
import org.springframework.stereotype.Component;

/**
 * Appointment: booked, cancelled, missed and attended appointments, read and searched by patient (all of them,
 * past and future). The scheduling module checks access (and audits) on every read.
 */
@Component
class AppointmentResourceProvider implements IResourceProvider {

    /** Far enough back for "every appointment the patient has had". */
    private static final Instant EVER = Instant.parse("1900-01-01T00:00:00Z");

    private final Appointments appointments;
    private final PatientScopedAccess access;

    AppointmentResourceProvider(Appointments appointments, PatientScopedAccess access) {
        this.appointments = appointments;
        this.access = access;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Read
    public Appointment read(@IdParam IdType id) {
        return appointment(access.checkedByModule(
                () -> appointments.find(PatientScopedAccess.entryId(id, "Appointment")), id, "Appointment"));
    }

    @Search
    public List<Appointment> search(@RequiredParam(name = Appointment.SP_PATIENT) ReferenceParam patient) {
        return access.searchedByModule(patient, p -> appointments.forPatient(p, EVER)).stream()
                .map(AppointmentResourceProvider::appointment)
                .toList();
    }

    static Appointment appointment(org.prolotrack.scheduling.Appointment a) {
        var r = new Appointment();
        r.setId(a.id().toString());
        r.setStatus(switch (a.status()) {
            case BOOKED -> AppointmentStatus.BOOKED;
            case CANCELLED -> AppointmentStatus.CANCELLED;
            case NO_SHOW -> AppointmentStatus.NOSHOW;
            case ATTENDED -> AppointmentStatus.FULFILLED;
        });
        r.setAppointmentType(new CodeableConcept().setText(a.type()));
        r.setStart(Date.from(a.start()));
        r.setEnd(Date.from(a.end()));
        r.setMinutesDuration(a.durationMinutes());
        if (a.statusReason() != null && a.status() == org.prolotrack.scheduling.Appointment.Status.CANCELLED) {
            r.setCancelationReason(new CodeableConcept().setText(a.statusReason()));
        }
        if (a.planId() != null) {
            r.setDescription(a.sessionNumber() == null ? "Session of a treatment series"
                    : "Session " + a.sessionNumber() + " of a treatment series");
            r.addSupportingInformation(new Reference("CarePlan/" + a.planId()));
        }
        if (a.windowStart() != null) {
            var window = new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(a.windowStart().toString()));
            if (a.windowEnd() != null) {
                window.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(a.windowEnd().toString()));
            }
            r.addRequestedPeriod(window);
        }
        r.addParticipant().setActor(new Reference("Patient/" + a.patientId()))
                .setRequired(ParticipantRequired.REQUIRED).setStatus(ParticipationStatus.ACCEPTED);
        return r;
    }
}
