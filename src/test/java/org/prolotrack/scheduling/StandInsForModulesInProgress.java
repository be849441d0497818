package org.prolotrack.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.prolotrack.patient.PatientChart;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRecords;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.security.CurrentUsers;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test-only: scheduling tests need ACTIVE treatment series without running screening and consent first. When
 * the plan module is present its TreatmentPlans is overlaid (a primary bean answering test-registered plans and
 * delegating everything else); a stand-in for PatientRecords is registered only if the patient module is absent.
 */
@Component
class StandInsForModulesInProgress implements BeanDefinitionRegistryPostProcessor {

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var factory = (ConfigurableListableBeanFactory) registry;
        if (factory.getBeanNamesForType(PatientRecords.class, true, false).length == 0) {
            registry.registerBeanDefinition("standInPatientRecords", new RootBeanDefinition(StandInPatientRecords.class));
        }
        var realPlans = factory.getBeanNamesForType(TreatmentPlans.class, true, false);
        if (realPlans.length == 0) {
            registry.registerBeanDefinition("standInTreatmentPlans", new RootBeanDefinition(StandInTreatmentPlans.class));
        } else {
            // the real plan module is present: overlay it so scheduling tests can add ACTIVE series without running
            // screening and consent; every other plan is answered by the real module
            var overlay = new RootBeanDefinition(OverlayTreatmentPlans.class);
            overlay.getPropertyValues().add("realName", realPlans[0]);
            overlay.setPrimary(true);
            registry.registerBeanDefinition("schedulingTestPlansOverlay", overlay);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) { }

    /** Reads the patient table directly and applies the same access rule as the real module. */
    static class StandInPatientRecords implements PatientRecords {
        private final JdbcClient jdbc;
        private final CurrentUsers users;

        StandInPatientRecords(JdbcClient jdbc, CurrentUsers users) {
            this.jdbc = jdbc;
            this.users = users;
        }

        @Override
        public PatientChart get(UUID patientId) {
            var chart = read(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
            if (!users.currentOrSystem().mayReadPatient(patientId, chart.clinicId())) {
                throw new PatientNotFoundException(patientId);
            }
            return chart;
        }

        @Override
        public void requireAccess(UUID patientId, String action) {
            get(patientId);
        }

        @Override
        public List<org.prolotrack.patient.VoidedEntry> voidedEntries(UUID patientId) {
            get(patientId);
            return List.of();
        }

        @Override
        public Page search(String query, int page, int size) {
            return new Page(List.of(), 0, page, size);
        }

        @Override
        public Optional<PatientChart> readAsSystem(UUID patientId, String purpose) {
            return read(patientId);
        }

        private Optional<PatientChart> read(UUID id) {
            return jdbc.sql("select * from patient where id = :id").param("id", id)
                    .query((rs, i) -> new PatientChart(id, rs.getObject("clinic_id", UUID.class), rs.getString("mrn"),
                            rs.getString("given_name"), rs.getString("family_name"),
                            rs.getObject("birth_date", LocalDate.class), PatientChart.Sex.valueOf(rs.getString("sex")),
                            rs.getString("phone"), rs.getString("email"), rs.getString("address"), null, null,
                            rs.getObject("preferred_provider_id", UUID.class), List.of(), List.of(), List.of(),
                            List.of(), List.of()))
                    .optional();
        }
    }

    /** Test plans first, then the real module's. */
    static class OverlayTreatmentPlans implements TreatmentPlans, org.springframework.beans.factory.BeanFactoryAware {
        private org.springframework.beans.factory.BeanFactory beans;
        private String realName;

        public void setRealName(String realName) {
            this.realName = realName;
        }

        @Override
        public void setBeanFactory(org.springframework.beans.factory.BeanFactory beanFactory) {
            this.beans = beanFactory;
        }

        /** Looked up on use, so that the plan module's own dependencies on TreatmentPlans make no cycle. */
        private TreatmentPlans real() {
            return beans.getBean(realName, TreatmentPlans.class);
        }

        @Override
        public Optional<TreatmentPlanView> find(UUID planId) {
            var test = StandInTreatmentPlans.PLANS.get(planId);
            return test != null ? Optional.of(test) : real().find(planId);
        }

        @Override
        public List<TreatmentPlanView> forPatient(UUID patientId) {
            var list = new java.util.ArrayList<>(real().forPatient(patientId));
            StandInTreatmentPlans.PLANS.values().stream().filter(p -> p.patientId().equals(patientId)).forEach(list::add);
            return list;
        }

        @Override
        public List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status) {
            var list = new java.util.ArrayList<>(real().inClinic(clinicId, status));
            StandInTreatmentPlans.PLANS.values().stream()
                    .filter(p -> p.clinicId().equals(clinicId) && p.status() == status).forEach(list::add);
            return list;
        }
    }

    /** Plans the tests put in. */
    static class StandInTreatmentPlans implements TreatmentPlans {
        static final Map<UUID, TreatmentPlanView> PLANS = new ConcurrentHashMap<>();

        @Override
        public Optional<TreatmentPlanView> find(UUID planId) {
            return Optional.ofNullable(PLANS.get(planId));
        }

        @Override
        public List<TreatmentPlanView> forPatient(UUID patientId) {
            return PLANS.values().stream().filter(p -> p.patientId().equals(patientId)).toList();
        }

        @Override
        public List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status) {
            return PLANS.values().stream().filter(p -> p.clinicId().equals(clinicId) && p.status() == status).toList();
        }
    }
}
