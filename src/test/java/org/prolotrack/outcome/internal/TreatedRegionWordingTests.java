package org.prolotrack.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.outcome.Collection;
import org.prolotrack.plan.TreatmentPlanView;
import org.prolotrack.plan.TreatmentPlanView.PlannedTarget;
import org.prolotrack.plan.TreatmentPlans;

class TreatedRegionWordingTests {

    private final InstrumentCatalogue catalogue = new InstrumentCatalogue(KnowledgeBase.fromClasspath());
    private final UUID patient = UUID.randomUUID();

    private TreatmentPlanView series(String siteId, String region, String side, TreatmentPlanView.Status status) {
        var target = new PlannedTarget(siteId, siteId, region, "LIGAMENT", side, false, "LANDMARK", new BigDecimal("1"), null);
        return new TreatmentPlanView(UUID.randomUUID(), patient, UUID.randomUUID(), null, "M17.11", "x", "p", "p", status,
                3, 21, 42, List.of(target), List.of(), List.of("dextrose"), 1, null, 90, 3, null, Instant.now(), "test");
    }

    private static TreatmentPlans plansOf(List<TreatmentPlanView> list) {
        return new TreatmentPlans() {
            public Optional<TreatmentPlanView> find(UUID id) {
                return list.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            public List<TreatmentPlanView> forPatient(UUID patientId) {
                return list;
            }

            public List<TreatmentPlanView> inClinic(UUID clinicId, TreatmentPlanView.Status status) {
                return List.of();
            }
        };
    }

    private Collection collectionFor(TreatmentPlanView plan) {
        return new Collection(UUID.randomUUID(), patient, plan.clinicId(), plan.id(), "PRE_SESSION_2", "Before session 2",
                List.of("NRS", "WORKING"), LocalDate.now(), LocalDate.now(), Collection.Status.OPEN, false, null);
    }

    private String nrsQuestion(List<TreatmentPlanView> plans, TreatmentPlanView asked) {
        return new TreatedRegionWording(catalogue, plansOf(plans)).asked(collectionFor(asked)).stream()
                .filter(i -> i.code().equals("NRS")).findFirst().orElseThrow().items().getFirst().text();
    }

    @Test
    void theNrsIsAskedAboutTheTreatedRegionWhenThePatientHasTwoSeries() {
        var knee = series("knee-mcl", "knee", "RIGHT", TreatmentPlanView.Status.ACTIVE);
        var back = series("iliolumbar-ligament", "lumbar", "LEFT", TreatmentPlanView.Status.COMPLETED);
        back = new TreatmentPlanView(back.id(), patient, back.clinicId(), null, "M54.50", "Low back pain", "p", "p",
                TreatmentPlanView.Status.COMPLETED, 3, 21, 42, List.of(back.targets().getFirst(), new PlannedTarget(
                "iliolumbar-ligament", "x", "lumbar", "SPINAL_LIGAMENT", "RIGHT", false, "LANDMARK", BigDecimal.ONE, null)),
                List.of(), List.of("dextrose"), 3, null, 90, 3, null, Instant.now(), "test");
        assertThat(nrsQuestion(List.of(knee, back), knee)).contains("pain in your right knee").contains("right knee only");
        assertThat(nrsQuestion(List.of(knee, back), back)).contains("pain in your lower back");
    }

    @Test
    void withOneSeriesTheNrsIsAskedAsWritten() {
        var knee = series("knee-mcl", "knee", "RIGHT", TreatmentPlanView.Status.ACTIVE);
        var draft = series("iliolumbar-ligament", "lumbar", "LEFT", TreatmentPlanView.Status.DRAFT);
        assertThat(nrsQuestion(List.of(knee, draft), knee))
                .isEqualTo("How bad is your pain, from 0 (no pain) to 10 (worst pain imaginable)?");
    }
}
