package org.prolotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.prolotrack.plan.TreatmentPlanView.Status;

class PlanStatusTests {

    @Test
    void sessionsAreGivenOnlyInAnActiveOrMaintenanceSeries() {
        assertThat(EnumSet.allOf(Status.class).stream().filter(Status::isRunning))
                .containsExactlyInAnyOrder(Status.ACTIVE, Status.MAINTENANCE);
    }

    @Test
    void aDraftIsOpenButNotRunningAndAnEndedSeriesIsNeither() {
        assertThat(Status.DRAFT.isOpen()).isTrue();
        assertThat(Status.DRAFT.isRunning()).isFalse();
        assertThat(EnumSet.allOf(Status.class).stream().filter(s -> !s.isOpen()))
                .containsExactlyInAnyOrder(Status.COMPLETED, Status.STOPPED);
    }
}
