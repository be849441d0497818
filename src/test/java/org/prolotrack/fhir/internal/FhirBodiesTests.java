package org.prolotrack.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class FhirBodiesTests {

    private static final FhirContext CTX = FhirContext.forR4Cached();
    private final FhirBodies bodies = new FhirBodies(CTX, 1);

    @Test
    void aBodyOneByteOverTheLimitIsRefusedWith413() {
        var request = new MockHttpServletRequest("POST", "/fhir/Bundle/$validate");
        request.setContent(new byte[1024 * 1024 + 1]);

        assertThatThrownBy(() -> bodies.read(request)).isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("at most 1 MB");
    }

    @Test
    void aBodyAtTheLimitIsReadWhole() throws Exception {
        var request = new MockHttpServletRequest("POST", "/fhir");
        request.setContent(new byte[1024 * 1024]);

        assertThat(bodies.read(request)).hasSize(1024 * 1024);
    }

    @Test
    void anElementR4DoesNotKnowIsABadRequestSayingSo() {
        var text = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"colour\":\"blue\"}";

        assertThatThrownBy(() -> bodies.parse(text, false, Bundle.class)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("bundle could not be parsed").hasMessageContaining("colour");
    }

    @Test
    void aResourceOfAnyTypeIsReadFromXml() {
        var xml = CTX.newXmlParser().encodeResourceToString(new Patient().setActive(true));

        assertThat(bodies.parse(xml, true)).isInstanceOfSatisfying(Patient.class, p -> assertThat(p.getActive()).isTrue());
    }
}
