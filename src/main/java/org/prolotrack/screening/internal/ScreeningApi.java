package org.prolotrack.screening.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.prolotrack.screening.Decision;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningResult;
import org.prolotrack.screening.Screenings;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST: run a screening, list them, record the clinician's decision. */
@RestController
class ScreeningApi {

    record SiteRequest(@NotBlank(message = "Name a region, e.g. knee.") String region, String laterality) { }

    /** A screening for a series (planId: its sites and agents, plus the named agents) or of a course typed by hand. */
    record ScreeningRequest(UUID planId, @Valid @Size(max = 20) List<SiteRequest> sites,
                            @Size(max = 10) List<String> agents) { }

    record DecisionRequest(@NotNull(message = "Choose PROCEED or DO_NOT_PROCEED.") Decision decision,
                           @Size(max = 2000) String reason) { }

    private final Screenings screenings;

    ScreeningApi(Screenings screenings) {
        this.screenings = screenings;
    }

    @PostMapping("/api/patients/{patientId}/screenings")
    @ResponseStatus(HttpStatus.CREATED)
    ScreeningResult screen(@PathVariable UUID patientId, @Valid @RequestBody(required = false) ScreeningRequest body) {
        if (body != null && body.planId() != null) {
            if (body.sites() != null && !body.sites().isEmpty()) {
                throw new ScreeningService.ScreeningRequestInvalid(java.util.Map.of("sites",
                        "A screening for a series takes its sites from the series: give planId or sites, not both."));
            }
            return screenings.screenSeries(patientId, body.planId(), body.agents());
        }
        var sites = body == null || body.sites() == null ? List.<PlannedCourse.Site>of()
                : body.sites().stream().map(s -> new PlannedCourse.Site(s.region().trim(), Laterality.parse(s.laterality()))).toList();
        var agents = body == null || body.agents() == null ? List.<String>of() : body.agents();
        return screenings.screen(patientId, new PlannedCourse(sites, agents));
    }

    @GetMapping("/api/patients/{patientId}/screenings")
    List<ScreeningResult> list(@PathVariable UUID patientId) {
        return screenings.list(patientId);
    }

    @PostMapping("/api/patients/{patientId}/screenings/{screeningId}/decision")
    ScreeningResult decide(@PathVariable UUID patientId, @PathVariable UUID screeningId,
                           @Valid @RequestBody DecisionRequest body) {
        return screenings.decide(patientId, screeningId, body.decision(), body.reason());
    }
}
