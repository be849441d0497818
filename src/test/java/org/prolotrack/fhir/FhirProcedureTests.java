package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;

class FhirProcedureTests extends FhirCareRecordTests {

    @Test
    void aSignedNoteReadsAsACompletedProlotherapyWithABodySitePerInjection() {
        var c = care();
        var procedure = read("clinician", "/fhir/Procedure/" + c.note(), Procedure.class);
        assertThat(procedure.getStatus().toCode()).isEqualTo("completed");
        var code = procedure.getCode().getCodingFirstRep();
        assertThat(code.getSystem()).isEqualTo("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
        assertThat(code.getCode()).isEqualTo("M0076");
        assertThat(procedure.getCode().getText()).isEqualTo("Prolotherapy");
        assertThat(procedure.getSubject().getReference()).isEqualTo("Patient/" + c.patient());
        assertThat(procedure.getBasedOnFirstRep().getReference()).isEqualTo("CarePlan/" + c.plan());
        assertThat(procedure.getPerformedDateTimeType().getValueAsString()).isEqualTo(LocalDate.now().toString());
        // one injection, into the right knee joint
        assertThat(procedure.getBodySite()).extracting(b -> b.getText())
                .containsExactly("Knee joint (intra-articular) (right)");
    }

    @Test
    void aSearchByPatientFindsTheSignedSessionInJsonAndInXml() {
        var c = care();
        var bundle = search("clinician", "/fhir/Procedure?patient=" + c.patient());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(c.note().toString());
        assertThat(xml("clinician", "/fhir/Procedure/" + c.note() + "?_format=xml"))
                .contains("<Procedure xmlns=\"http://hl7.org/fhir\"").contains("<code value=\"M0076\"/>");
    }

    @Test
    void anotherClinicsClinicianFindsNoProcedure() {
        var c = care();
        notFound(c.otherClinician(), "/fhir/Procedure/" + c.note());
        notFound("clinician", "/fhir/Procedure/" + java.util.UUID.randomUUID());
        assertThat(search(c.otherClinician(), "/fhir/Procedure?patient=Patient/" + c.patient()).getEntry()).isEmpty();
    }

    @Test
    void theCapabilityStatementListsProcedure() {
        assertThat(listedInTheCapabilityStatement("Procedure")).isTrue();
    }
}
