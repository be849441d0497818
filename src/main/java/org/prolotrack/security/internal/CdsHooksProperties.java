package org.prolotrack.security.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code prolotrack.cds-hooks.*}: the EHR clients allowed to call the CDS Hooks services. Each client signs its
 * calls with a JWT (CDS Hooks 2.0): {@code issuer} is its {@code iss}, its keys come from {@code jwks-url} or an
 * inline {@code jwks} (a JWK set as JSON), and {@code fhir-servers} are the only FHIR base URLs ProloTrack reads that
 * client's data from. {@code development-mode} (off by default) also accepts unsigned calls, reading only from
 * {@code development-fhir-servers}.
 */
@ConfigurationProperties("prolotrack.cds-hooks")
record CdsHooksProperties(boolean developmentMode, List<String> developmentFhirServers, List<Client> clients,
                          Duration clockSkew, Duration maxTokenLifetime) {

    record Client(String issuer, String jwksUrl, String jwks, List<String> fhirServers) {

        Client {
            fhirServers = fhirServers == null ? List.of() : List.copyOf(fhirServers);
        }
    }

    CdsHooksProperties {
        developmentFhirServers = developmentFhirServers == null ? List.of() : List.copyOf(developmentFhirServers);
        clients = clients == null ? List.of() : List.copyOf(clients);
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
        // CDS Hooks 2.0: exp no more than 5 minutes after iat
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofMinutes(5) : maxTokenLifetime;
    }
}
