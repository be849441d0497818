package org.prolotrack.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prolotrack.plan.IllegalPlanTransition;
import org.prolotrack.plan.StopReason;
import org.prolotrack.plan.TreatmentPlanView.Status;

class TreatmentPlanTransitionsTests {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    private static TreatmentPlan draft() {
        return new TreatmentPlan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "M17.11",
                "Osteoarthritis of knee", "knee-oa-rabago-2013", "Knee OA", Status.DRAFT, 3, 28, 42, List.of(),
                List.of(), List.of("dextrose"), 90, 3, null, null, null, null, "test", 0);
    }

    @Test
    void aDraftBecomesActiveWhenNothingIsMissing() {
        var plan = draft();
        plan.activate(List.of(), NOW);
        assertThat(plan.status()).isEqualTo(Status.ACTIVE);
        assertThat(plan.activatedAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftCannotBeCompleted() {
        assertThatThrownBy(() -> draft().complete(NOW)).isInstanceOf(IllegalPlanTransition.class)
                .hasMessageContaining("draft cannot be completed");
    }

    @Test
    void anActiveSeriesCannotBeActivatedAgain() {
        var plan = draft();
        plan.activate(List.of(), NOW);
        assertThatThrownBy(() -> plan.activate(List.of(), NOW)).isInstanceOf(IllegalPlanTransition.class);
    }

    @Test
    void aStoppedSeriesStaysStopped() {
        var plan = draft();
        plan.activate(List.of(), NOW);
        plan.stop(StopReason.ADVERSE_EVENT, "flare", NOW);
        assertThat(plan.status()).isEqualTo(Status.STOPPED);
        assertThat(plan.stopReason()).isEqualTo(StopReason.ADVERSE_EVENT);
        assertThatThrownBy(() -> plan.complete(NOW)).isInstanceOf(IllegalPlanTransition.class);
        assertThatThrownBy(() -> plan.activate(List.of(), NOW)).isInstanceOf(IllegalPlanTransition.class);
        assertThatThrownBy(() -> plan.enterMaintenance(60, 180)).isInstanceOf(IllegalPlanTransition.class);
    }

    @Test
    void maintenanceFollowsOnlyACompletedSeriesWithItsLongerWindow() {
        var plan = draft();
        assertThatThrownBy(() -> plan.enterMaintenance(60, 180)).isInstanceOf(IllegalPlanTransition.class);
        plan.activate(List.of(), NOW);
        assertThatThrownBy(() -> plan.enterMaintenance(60, 180)).isInstanceOf(IllegalPlanTransition.class);
        plan.complete(NOW);
        plan.enterMaintenance(60, 180);
        assertThat(plan.status()).isEqualTo(Status.MAINTENANCE);
        assertThat(plan.intervalMinDays()).isEqualTo(60);
        assertThat(plan.intervalMaxDays()).isEqualTo(180);
    }

    @Test
    void stoppingForAnOtherReasonNeedsANote() {
        var plan = draft();
        plan.activate(List.of(), NOW);
        assertThatThrownBy(() -> plan.stop(StopReason.OTHER, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void theWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new TreatmentPlan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                "M17", "x", "p", "p", Status.DRAFT, 3, 42, 28, List.of(), List.of(), List.of(), 90, 3, null, null, null,
                null, "t", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextSessionIsDueWithinTheWindowAfterTheLastOne() {
        var plan = draft();
        plan.activate(List.of(), NOW);
        var view = plan.view(1, java.time.LocalDate.of(2026, 3, 2));
        var due = view.nextDue().orElseThrow();
        // 2 March + 28 days = 30 March; + 42 days = 13 April
        assertThat(due.from()).isEqualTo(java.time.LocalDate.of(2026, 3, 30));
        assertThat(due.to()).isEqualTo(java.time.LocalDate.of(2026, 4, 13));
        assertThat(plan.view(3, java.time.LocalDate.of(2026, 5, 1)).nextDue()).isEmpty();
    }
}
