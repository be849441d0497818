package org.prolotrack.web.formulation;

import jakarta.validation.Valid;
import org.prolotrack.formulation.FormulationCalculator;
import org.prolotrack.formulation.ImpossibleFormulation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The live formulation calculator: the result follows the form as the clinician types (htmx). */
@Controller
@PreAuthorize("hasAnyRole('CLINICIAN','STAFF','ADMIN')")
class FormulationPageController {

    private final FormulationCalculator calculator;

    FormulationPageController(FormulationCalculator calculator) {
        this.calculator = calculator;
    }

    @GetMapping("/formulation")
    String page(Model model) {
        var form = CalculatorForm.example();
        model.addAttribute("form", form);
        model.addAttribute("stocks", calculator.stocks());
        model.addAttribute("routes", calculator.routes());
        calculate(form, model);
        return "formulation/calculator";
    }

    @PostMapping("/formulation/calculate")
    String result(@Valid @ModelAttribute("form") CalculatorForm form, BindingResult errors, Model model) {
        model.addAttribute("oob", true);
        if (!errors.hasErrors()) {
            calculate(form, model);
        }
        return "formulation/calculator :: result";
    }

    private void calculate(CalculatorForm form, Model model) {
        try {
            model.addAttribute("syringe", calculator.calculate(form.target(), form.route()));
        } catch (ImpossibleFormulation e) {
            model.addAttribute("refusal", e.getMessage());
        }
    }
}
