package org.prolotrack.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Patient search returns every match, page by page, and a page is served only to the user who searched. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirPatientSearchPagingTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    FhirHttp http;

    @BeforeEach
    void client() {
        http = new FhirHttp(port);
    }

    private static Bundle bundle(String json) {
        return SyntheaBundles.CTX.newJsonParser().parseResource(Bundle.class, json);
    }

    /** The next link as a path on this server. */
    private static String next(Bundle page) {
        var link = page.getLink(Bundle.LINK_NEXT);
        if (link == null) {
            return null;
        }
        var uri = URI.create(link.getUrl());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void everyPatientTheAdministratorMaySeeIsFoundAcrossThePages() {
        long patients = jdbc.sql("select count(*) from patient").query(Long.class).single();

        var first = http.get("admin", "/fhir/Patient?_count=100");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var page = bundle(first.body());
        assertThat(page.getTotal()).isEqualTo((int) patients).isGreaterThan(200);
        var ids = new HashSet<String>();
        int pages = 0;
        while (page != null) {
            pages++;
            assertThat(page.getEntry()).hasSizeLessThanOrEqualTo(100);
            page.getEntry().forEach(e -> ids.add(e.getResource().getIdElement().getIdPart()));
            var path = next(page);
            page = path == null ? null : bundle(http.get("admin", path).body());
        }
        assertThat(ids).hasSize((int) patients);
        assertThat(pages).isEqualTo((int) ((patients + 99) / 100));
    }

    @Test
    void aLaterPageIsNotServedToAnotherUser() {
        var first = bundle(http.get("admin", "/fhir/Patient?_count=10").body());
        var path = next(first);
        assertThat(path).isNotNull();

        var stranger = http.get("clinician", path);
        var owner = http.get("admin", path);

        assertThat(stranger.statusCode()).isEqualTo(410);
        assertThat(stranger.body()).contains("OperationOutcome").doesNotContain("\"Patient\"");
        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(bundle(owner.body()).getEntry()).hasSize(10);
    }
}
