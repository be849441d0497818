package org.prolotrack.web.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.outcome.InstrumentJudgement;
import org.prolotrack.outcome.OutcomeRecords;
import org.prolotrack.outcome.ResponderAnalysis.Advice;
import org.prolotrack.outcome.ResponderAnalysis.Decision;
import org.prolotrack.outcome.ResponderReviews;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ResponderPanelTests {

    @Autowired MockMvc mvc;
    @Autowired SeriesFixture fixture;
    @Autowired OutcomeRecords records;
    @Autowired ResponderReviews reviews;
    @Autowired UserDetailsService userDetails;

    private static List<Integer> all(int value, int n) {
        return Collections.nCopies(n, value);
    }

    @Test
    @WithUserDetails("clinician")
    void aKneeSeriesIsJudgedOnNrsBecauseWomacHasNoVerifiedThresholdAndTheChartShowsEveryInstrument() throws Exception {
        var s = fixture.kneeSeries();
        // WOMAC all 2s: 48 of 96 = 50; all 1s: 24 of 96 = 25 -> change -25, -50%. Function 34 -> 17 (17 >= 9.1).
        records.recordPaper(s.patientId(), s.planId(), null, "WOMAC", all(2, 24), LocalDate.of(2026, 2, 1));
        records.recordPaper(s.patientId(), s.planId(), null, "NRS", List.of(6), LocalDate.of(2026, 2, 1));
        records.recordPaper(s.patientId(), s.planId(), null, "WOMAC", all(1, 24), LocalDate.of(2026, 3, 1));
        records.recordPaper(s.patientId(), s.planId(), null, "NRS", List.of(4), LocalDate.of(2026, 3, 1));
        records.recordPaper(s.patientId(), s.planId(), null, "PGIC", List.of(2), LocalDate.of(2026, 3, 1));

        var judged = reviews.judgements(s.planId());
        assertThat(judged).extracting(InstrumentJudgement::instrumentCode).startsWith("WOMAC", "NRS").contains("PGIC");
        var womac = judged.getFirst();
        assertThat(womac.primary()).isTrue();
        assertThat(womac.change()).isEqualByComparingTo("-25");
        assertThat(womac.percentChange()).isEqualByComparingTo("-50");
        assertThat(womac.reached()).isNull();
        assertThat(judged).filteredOn(j -> j.instrumentCode().equals("PGIC")).singleElement()
                .satisfies(j -> assertThat(j.reached()).isTrue());

        var review = reviews.review(s.planId());
        assertThat(review.instrumentCode()).isEqualTo("NRS"); // 6 -> 4: 2 points, 33.3%
        assertThat(review.thresholdMet()).isTrue();
        assertThat(review.advice()).isEqualTo(Advice.CONTINUE); // no session done yet, far from the 90% goal
        assertThat(review.adviceReason()).startsWith("WOMAC has no verified threshold, so the advice is judged on NRS.")
                .contains("Others: WOMAC -25 (-50%), not judged").contains("PGIC 2, threshold reached");
        assertThat(review.instrumentJudgements()).contains("Farrar").contains("nrs.json@").contains("MDC95");

        mvc.perform(get("/patients/{id}/panels/outcomes", s.patientId())
                        .with(user(userDetails.loadUserByUsername("clinician"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Record decision")));
        var decided = reviews.decide(review.reviewId(), Decision.CONTINUE, "Pain down two points; carry on");
        assertThat(decided.decision()).isEqualTo(Decision.CONTINUE);
        assertThat(decided.instrumentJudgements()).isEqualTo(review.instrumentJudgements());

        mvc.perform(get("/patients/{id}/panels/outcomes", s.patientId())
                        .with(user(userDetails.loadUserByUsername("clinician"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("% change")))
                .andExpect(content().string(containsString("-33.3%")))
                .andExpect(content().string(containsString("Smallest detectable change (MDC95)")))
                .andExpect(content().string(containsString("Farrar JT et al. Pain 2001")))
                .andExpect(content().string(containsString("not judged")))
                .andExpect(content().string(containsString("Pain down two points; carry on")));
    }
}
