package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.Instruments;
import org.prolotrack.outcome.ScoreSheet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The instrument catalogue and a scoring calculator (no patient data: nothing is stored or audited). */
@RestController
class InstrumentApiController {

    private final Instruments instruments;

    InstrumentApiController(Instruments instruments) {
        this.instruments = instruments;
    }

    @GetMapping("/api/instruments")
    List<Instrument> list() {
        return instruments.all();
    }

    @GetMapping("/api/instruments/{code}")
    Instrument one(@PathVariable String code) {
        return instruments.find(code).orElseThrow(() -> new org.prolotrack.outcome.UnknownInstrumentException(code));
    }

    record ScoreRequest(List<Integer> answers) { }

    record ScoreResponse(String instrument, Map<String, BigDecimal> scores, Map<String, String> unscored,
                         String knowledgeVersion) { }

    @PostMapping("/api/instruments/{code}/score")
    ScoreResponse score(@PathVariable String code, @RequestBody ScoreRequest request) {
        ScoreSheet sheet = instruments.score(code, request == null ? null : request.answers());
        if (!sheet.anyScore()) {
            throw new NoScoreException(sheet);
        }
        return new ScoreResponse(sheet.instrumentCode(), sheet.scores(), sheet.unscored(), sheet.knowledgeVersion());
    }

    /** Unprocessable (422 over HTTP): the answers are valid but too incomplete to score under the instrument's rules. */
    static class NoScoreException extends org.prolotrack.problem.Refusal {
        NoScoreException(ScoreSheet sheet) {
            super(Kind.UNPROCESSABLE, "Not enough answers to score", "No " + sheet.instrumentCode() + " score: "
                    + String.join(" ", sheet.unscored().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .toList()), java.util.Map.of("unscored", sheet.unscored(), "knowledgeVersion",
                    sheet.knowledgeVersion()));
        }
    }
}
