package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Appointment;
import org.junit.jupiter.api.Test;

class FhirAppointmentTests extends FhirCareRecordTests {

    @Test
    void aBookedEvaluationReadsAsABookedAppointmentOfThePatient() {
        var c = care();
        var appointment = read("clinician", "/fhir/Appointment/" + c.appointment(), Appointment.class);
        assertThat(appointment.getStatus().toCode()).isEqualTo("booked");
        assertThat(appointment.getStart().toInstant()).isEqualTo(c.appointmentStart().toInstant());
        // an evaluation lasts 60 minutes by default (knowledge/scheduling/appointment-types.json)
        assertThat(appointment.getMinutesDuration()).isEqualTo(60);
        assertThat(appointment.getEnd().toInstant()).isEqualTo(c.appointmentStart().plusMinutes(60).toInstant());
        assertThat(appointment.getAppointmentType().getText()).isEqualTo("EVALUATION");
        assertThat(appointment.getParticipantFirstRep().getActor().getReference()).isEqualTo("Patient/" + c.patient());
    }

    @Test
    void aSearchByPatientFindsTheAppointmentInJsonAndInXml() {
        var c = care();
        var bundle = search("clinician", "/fhir/Appointment?patient=Patient/" + c.patient());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(c.appointment().toString());
        assertThat(xml("clinician", "/fhir/Appointment/" + c.appointment()))
                .contains("<Appointment xmlns=\"http://hl7.org/fhir\"").contains("<status value=\"booked\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoAppointment() {
        var c = care();
        notFound(c.otherClinician(), "/fhir/Appointment/" + c.appointment());
        notFound("clinician", "/fhir/Appointment/" + java.util.UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/Appointment?patient=" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsAppointment() {
        assertThat(listedInTheCapabilityStatement("Appointment")).isTrue();
    }
}
