package org.prolotrack.screening.internal.rules;

import java.util.List;

import org.prolotrack.screening.Severity;

/**
 * A rule's configuration from knowledge/screening/rules.json. Besides its severity a rule may carry a milder tier for
 * a controlled condition, a related allergy, a low-bleeding-risk site or an unlocated finding;
 * {@code withholdsIndication} makes the verdict NOT_INDICATED until the finding is worked up; {@code lookbackDays}
 * and {@code formTerms} narrow a rule to recent entries of a given form (e.g. an injected corticosteroid).
 */
record RuleSpec(String id, String name, Severity severity, Severity controlledSeverity, Severity relatedSeverity,
                Severity lowBleedingRiskSeverity, Severity unlocatedSeverity, List<String> concepts,
                List<String> drugClasses, List<String> controlledTerms, List<String> formTerms, Integer lookbackDays,
                Boolean withholdsIndication, String explanation, String controlledExplanation,
                String relatedExplanation, String lowBleedingRiskExplanation, String unlocatedExplanation,
                String missingExplanation, String source, String certainty) {

    RuleSpec {
        concepts = concepts == null ? List.of() : concepts;
        drugClasses = drugClasses == null ? List.of() : drugClasses;
        controlledTerms = Terms.lowerAll(controlledTerms);
        formTerms = Terms.lowerAll(formTerms);
        withholdsIndication = Boolean.TRUE.equals(withholdsIndication);
    }
}
