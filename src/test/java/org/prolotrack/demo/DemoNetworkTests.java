package org.prolotrack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo network holds the cases a clinic meets; counted in SQL over the demo MRNs only (tests add their own patients). */
@SpringBootTest
class DemoNetworkTests {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired PatientRecords records;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static final String DEMO = "(p.mrn like 'MAD-00%' or p.mrn like 'BLD-00%')";

    @Test
    void atLeastTwoHundredDemoPatientsAreSpreadOverBothClinics() {
        assertThat(count("select count(*) from patient p where " + DEMO)).isGreaterThanOrEqualTo(200);
        assertThat(count("select count(distinct clinic_id) from patient p where " + DEMO)).isEqualTo(2);
    }

    @Test
    void someDemoPatientsTakeAnAnticoagulantAndOthersHaveStoppedOne() {
        var anticoagulants = "('855332','1364445','1114195','309362','67108')";
        assertThat(count("select count(distinct m.patient_id) from patient_medication m join patient p on p.id = m.patient_id where "
                + DEMO + " and m.status = 'ACTIVE' and m.code in " + anticoagulants)).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct m.patient_id) from patient_medication m join patient p on p.id = m.patient_id where "
                + DEMO + " and m.status = 'STOPPED' and m.stop_date is not null and m.code in " + anticoagulants)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void someAreAllergicToLidocaineSomeHaveAnActiveOrAResolvedInfection() {
        assertThat(count("select count(*) from patient_allergy a join patient p on p.id = a.patient_id where " + DEMO
                + " and a.code = '6387'")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from patient_condition c join patient p on p.id = c.patient_id where " + DEMO
                + " and c.code in ('L03.115', '128045006') and c.clinical_status = 'ACTIVE'")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from patient_condition c join patient p on p.id = c.patient_id where " + DEMO
                + " and c.clinical_status = 'RESOLVED' and c.abatement_date is not null")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void someHaveNoIndicationAtAllAndSomeNoRecordedWeight() {
        assertThat(count("select count(*) from patient p where " + DEMO + " and not exists (select 1 from patient_condition c"
                + " where c.patient_id = p.id and c.code like 'M%')")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from patient p where " + DEMO + " and p.weight_kg is null")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from patient p where " + DEMO + " and p.weight_kg is not null and p.weight_measured_on is null")).isZero();
    }

    @Test
    void indicationsAreCodedBothInIcd10CmAndSnomedCt() {
        assertThat(count("select count(*) from patient_condition c where c.code in ('239873007', '278860009', '203082005')")).isPositive();
        assertThat(count("select count(*) from patient_condition c where c.code like 'M17.%' or c.code = 'M54.50'")).isPositive();
    }

    @Test
    void theDemoPatientAccountBelongsToKarinHolmAtLakeside() {
        var patient = accounts.find("patient").orElseThrow();
        var chart = records.readAsSystem(patient.patientId(), "test").orElseThrow();
        assertThat(chart.fullName()).isEqualTo("Karin Holm");
        assertThat(chart.mrn()).startsWith("MAD-");
    }
}
