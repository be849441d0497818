package org.prolotrack.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class CdsHooksClientsTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFhirServerMatchesOnlyTheSameSchemeHostPortAndPath() {
        var list = new FhirServerAllowList(List.of("https://fhir.example.org/r4"));

        assertThat(list.allows("https://fhir.example.org/r4")).isTrue();
        assertThat(list.allows("https://FHIR.example.org:443/r4/")).as("case of the host, default port, slash").isTrue();
        assertThat(list.allows("http://fhir.example.org/r4")).as("another scheme").isFalse();
        assertThat(list.allows("https://fhir.example.org:8443/r4")).as("another port").isFalse();
        assertThat(list.allows("https://fhir.example.org.evil.example/r4")).as("a longer host").isFalse();
        assertThat(list.allows("https://fhir.example.org/r4x")).as("a longer path").isFalse();
        assertThat(list.allows("https://fhir.example.org/r4/../admin")).as("a path that climbs").isFalse();
        assertThat(list.allows("https://attacker@fhir.example.org/r4")).as("user info").isFalse();
        assertThat(list.allows("https://fhir.example.org/r4?redirect=x")).as("a query").isFalse();
        assertThat(list.allows("file:///etc/passwd")).isFalse();
        assertThat(list.allows(null)).isFalse();
    }

    @Test
    void developmentModeAcceptsUnsignedCallsButReadsOnlyFromTheDevelopmentList() {
        var dev = new CdsHooksClients(new CdsHooksProperties(true, List.of("http://localhost:9999/fhir"), List.of(), null, null));
        var production = new CdsHooksClients(new CdsHooksProperties(false, List.of("http://localhost:9999/fhir"), List.of(), null, null));

        assertThat(dev.developmentMode()).isTrue();
        assertThat(dev.mayReadFrom("http://localhost:9999/fhir")).isTrue();
        assertThat(dev.mayReadFrom("http://169.254.169.254/latest")).isFalse();
        assertThat(production.developmentMode()).as("off unless switched on").isFalse();
        assertThat(production.mayReadFrom("http://localhost:9999/fhir")).as("an unsigned caller reads nothing").isFalse();
    }

    @Test
    void aClientNeedsAnIssuerAndExactlyOneKeySource() {
        var both = new CdsHooksProperties.Client("https://ehr.example", "https://ehr.example/jwks", "{\"keys\":[]}", List.of());
        var neither = new CdsHooksProperties.Client("https://ehr.example", null, null, List.of());
        var noIssuer = new CdsHooksProperties.Client(" ", "https://ehr.example/jwks", null, List.of());
        for (var client : List.of(both, neither, noIssuer)) {
            assertThatThrownBy(() -> new CdsHooksClients(new CdsHooksProperties(false, null, List.of(client), null, null)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
