package org.prolotrack.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prolotrack.audit.AuditLog;
import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every connection of the application's pool but one is taken, as when as many requests run at once as the pool
 * has connections: a read or a refusal must still be served and audited, not wait for a second connection that no
 * request gives back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditedAccessWithABusyPoolTests {

    @Autowired DataSource dataSource;
    @Autowired PatientRegistry registry;
    @Autowired PatientRecords records;
    @Autowired ClinicDirectory clinics;
    @Autowired AuditLog auditLog;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;

    private final List<Connection> taken = new ArrayList<>();
    private HikariDataSource pool;
    private long timeout;
    private UUID patient;

    @BeforeEach
    void aPatientAndAPoolThatGivesUpQuickly() {
        var clinic = clinics.clinics().stream().filter(c -> c.code().equals("MAD")).findFirst().orElseThrow().id();
        patient = registry.register(clinic, PatientRegistryTests.demographics(
                "B-" + UUID.randomUUID().toString().substring(0, 8), null, null));
        pool = (HikariDataSource) dataSource;
        timeout = pool.getConnectionTimeout();
        pool.getHikariConfigMXBean().setConnectionTimeout(1500);
    }

    @AfterEach
    void giveTheConnectionsBack() throws SQLException {
        for (var c : taken) {
            c.close();
        }
        taken.clear();
        pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
    }

    private void takeAllConnectionsButOne() throws SQLException {
        while (taken.size() < pool.getMaximumPoolSize() - 1) {
            taken.add(pool.getConnection());
        }
    }

    @Test
    void aReadInAReadOnlyTransactionIsAuditedWhileNoOtherConnectionIsFree() throws SQLException {
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        takeAllConnectionsButOne();

        var chart = readOnly.execute(s -> records.get(patient));
        giveTheConnectionsBack();

        assertThat(chart.id()).isEqualTo(patient);
        assertThat(auditLog.search(patient, "system", 0, 10).items()).extracting(e -> e.action())
                .containsExactly("PATIENT_READ", "PATIENT_CREATE");
    }

    @Test
    void aRefusedReadIsAnsweredAndItsRowKeptWhileNoOtherConnectionIsFree() throws Exception {
        takeAllConnectionsButOne();

        mvc.perform(get("/api/patients/{id}", patient).with(httpBasic("researcher", PatientApiTests.PASSWORD)))
                .andExpect(status().isNotFound());
        giveTheConnectionsBack();

        assertThat(auditLog.search(patient, "researcher", 0, 10).items()).extracting(e -> e.action())
                .containsExactly("ACCESS_DENIED");
    }
}
