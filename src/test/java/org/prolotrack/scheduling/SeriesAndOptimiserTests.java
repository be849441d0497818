package org.prolotrack.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SeriesAndOptimiserTests {

    @Autowired SeriesBooking series;
    @Autowired Appointments appointments;
    @Autowired ScheduleOptimiser optimiser;
    @Autowired SchedulingFixtures fixtures;
    @Autowired MockMvc mvc;

    @Test
    void everyRemainingSessionIsProposedInsideItsIntervalAfterThePreviousWithTheSeriesProvider() {
        var c = fixtures.clinic(2);
        var patient = fixtures.patient(c.id(), null);
        var plan = fixtures.activePlan(patient, c.providers().get(1), 3, false);

        var proposal = series.propose(plan.id());

        assertThat(proposal.sessions()).hasSize(3);
        var zone = SchedulingFixtures.ZONE;
        for (int i = 0; i < 3; i++) {
            var s = proposal.sessions().get(i);
            assertThat(s.providerId()).isEqualTo(c.providers().get(1));
            assertThat(s.durationMinutes()).isEqualTo(45); // 5 planned sites: the 3-5 site step
            if (i > 0) {
                long gap = ChronoUnit.DAYS.between(proposal.sessions().get(i - 1).start().atZone(zone).toLocalDate(),
                        s.start().atZone(zone).toLocalDate());
                assertThat(gap).isBetween((long) plan.intervalMinDays(), (long) plan.intervalMaxDays());
            }
        }
        var booked = series.confirm(plan.id(), proposal.sessions());
        assertThat(booked).hasSize(3).allSatisfy(a -> assertThat(a.outsideWindow()).isFalse());
    }

    @Test
    void movingASessionLaterReflowsTheNextWindowAndFlagsASessionNowTooClose() {
        var c = fixtures.clinic(1);
        var patient = fixtures.patient(c.id(), null);
        var plan = fixtures.activePlan(patient, c.providers().get(0), 3, false);
        var booked = series.confirm(plan.id(), series.propose(plan.id()).sessions());
        var first = booked.get(0);
        var second = booked.get(1);
        // move the first session so that the second is only 7 days later: below the series' minimum interval
        var newStart = second.start().minus(Duration.ofDays(7)).atZone(SchedulingFixtures.ZONE).toLocalDate()
                .atTime(13, 0).atZone(SchedulingFixtures.ZONE);
        while (newStart.getDayOfWeek().getValue() > 5) {
            newStart = newStart.minusDays(1);
        }

        var target = newStart;
        var moved = appointments.move(first.id(), target.toOffsetDateTime(), null, null);

        assertThat(moved.reflowed()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(second.id());
            assertThat(a.outsideWindow()).isTrue();
            assertThat(a.windowStart()).isEqualTo(target.toLocalDate().plusDays(plan.intervalMinDays()));
        });
    }

    @Test
    void theOptimiserPlansPendingSessionsInTheBackgroundAndStaffAcceptThem() {
        var c = fixtures.clinic(2);
        for (int i = 0; i < 3; i++) {
            fixtures.activePlan(fixtures.patient(c.id(), null), c.providers().get(i % 2), i == 0 ? 2 : 3, i == 0);
        }
        var from = LocalDate.now(SchedulingFixtures.ZONE).plusDays(2);
        var job = optimiser.start(c.id(), from, from.plusDays(27));

        await().atMost(Duration.ofSeconds(90)).until(() -> optimiser.job(job).status() == ScheduleOptimiser.Status.SOLVED);
        var result = optimiser.job(job);
        assertThat(result.hardScore()).isZero();
        var planned = optimiser.assignments(job);
        assertThat(planned).isNotEmpty().allSatisfy(a -> assertThat(a.why()).isNotBlank());

        var accepted = optimiser.accept(job);
        assertThat(accepted.booked()).isEqualTo(planned.size());
        assertThat(optimiser.job(job).status()).isEqualTo(ScheduleOptimiser.Status.ACCEPTED);
    }

    @Test
    void theCalendarPageShowsTheWeek() throws Exception {
        mvc.perform(get("/calendar").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("staff").roles("STAFF"))).andExpect(status().isOk());
    }
}
