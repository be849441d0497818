package org.prolotrack.formulation.internal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.SessionCheck;
import org.prolotrack.formulation.Stock;
import org.prolotrack.formulation.Syringe;
import org.prolotrack.formulation.SyringeTarget;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The formulation calculator and the session anesthetic check over REST. */
@RestController
class FormulationApiController {

    record SessionCheckRequest(BigDecimal weightKg, @NotNull @Size(min = 1, max = 100) List<SyringeTarget> syringes) { }

    record SessionCheckResponse(BigDecimal weightKg, List<SessionCheck.AgentTotal> totals, BigDecimal totalVolumeMl,
                                BigDecimal capMg, boolean ok, List<String> violations, List<String> warnings,
                                List<Syringe> syringes, String knowledgeVersion) { }

    private final FormulationCalculator calculator;
    private final SessionCheck sessionCheck;

    FormulationApiController(FormulationCalculator calculator, SessionCheck sessionCheck) {
        this.calculator = calculator;
        this.sessionCheck = sessionCheck;
    }

    @GetMapping("/api/formulations/stocks")
    List<Stock> stocks() {
        return calculator.stocks();
    }

    /** @param route INTRA_ARTICULAR, PERINEURAL or EXTRA_ARTICULAR: the concentration warnings that apply */
    @PostMapping("/api/formulations/calculate")
    Syringe calculate(@RequestBody @NotNull SyringeTarget target, @RequestParam(required = false) String route) {
        return calculator.calculate(target, route);
    }

    @PostMapping("/api/formulations/session-check")
    SessionCheckResponse sessionCheck(@Valid @RequestBody SessionCheckRequest request) {
        var syringes = request.syringes().stream().map(calculator::calculate).toList();
        var r = sessionCheck.check(request.weightKg(), syringes);
        return new SessionCheckResponse(r.weightKg(), r.totals(), r.totalVolumeMl(), r.capMg(), r.ok(), r.violations(),
                r.warnings(), syringes, r.knowledgeVersion());
    }
}
