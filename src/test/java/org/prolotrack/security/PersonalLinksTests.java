package org.prolotrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PersonalLinksTests {

    @Autowired PersonalLinks links;
    @Autowired JdbcClient jdbc;

    private UUID anyPatient() {
        var clinic = jdbc.sql("select id from clinic order by code limit 1").query(UUID.class).single();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into patient (id, clinic_id, mrn, given_name, family_name, birth_date, sex, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :mrn, 'Link', 'Tester', date '1970-01-01', 'FEMALE', current_timestamp, 'test', current_timestamp, 'test')""")
                .param("id", id).param("clinic", clinic).param("mrn", "LINK-" + id.toString().substring(0, 18)).update();
        return id;
    }

    @Test
    void aLinkOpensOnlyForItsPurposeAndOnlyUntilClosed() {
        var patient = anyPatient();
        var subject = UUID.randomUUID();
        var token = links.issue(patient, "questionnaire", subject, Duration.ofDays(7));

        assertThat(links.resolve(token, "questionnaire")).get()
                .satisfies(l -> assertThat(l.subjectId()).isEqualTo(subject));
        assertThat(links.resolve(token, "consent")).isEmpty();
        assertThat(links.resolve(token + "x", "questionnaire")).isEmpty();

        links.close(token);
        assertThat(links.resolve(token, "questionnaire")).isEmpty();
    }

    @Test
    void reissuingAPersonalLinkRevokesTheOldOne() {
        var patient = anyPatient();
        var subject = UUID.randomUUID();
        var old = links.issue(patient, "questionnaire", subject, Duration.ofDays(7));
        var otherSubject = links.issue(patient, "questionnaire", UUID.randomUUID(), Duration.ofDays(7));
        var otherPurpose = links.issue(patient, "check-in", subject, Duration.ofDays(7));

        var reissued = links.issue(patient, "questionnaire", subject, Duration.ofDays(7));

        assertThat(links.resolve(old, "questionnaire")).isEmpty();
        assertThat(links.resolve(reissued, "questionnaire")).isPresent();
        assertThat(links.resolve(otherSubject, "questionnaire")).as("another questionnaire's link").isPresent();
        assertThat(links.resolve(otherPurpose, "check-in")).as("the same subject for another purpose").isPresent();
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        var token = links.issue(anyPatient(), "check-in", UUID.randomUUID(), Duration.ofHours(1));
        var stored = jdbc.sql("select count(*) from personal_link where token_hash = :t").param("t", token)
                .query(Integer.class).single();
        assertThat(stored).isZero();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    }
}
