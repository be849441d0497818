package org.prolotrack.fhir;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirImportProbeTests {

    @LocalServerPort int port;

    @Test
    void probe() throws Exception {
        var http = new FhirHttp(port);
        var body = Files.readString(Path.of(System.getProperty("probe.file", "src/test/resources/fhir/synthea-pei.json")));
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            var r = http.post("admin", "/fhir?clinic=MAD", body, "application/fhir+json");
            System.out.println("PROBE " + r.statusCode() + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
            System.out.println("PROBE " + r.body().substring(0, Math.min(3000, r.body().length())));
        }
    }
}
