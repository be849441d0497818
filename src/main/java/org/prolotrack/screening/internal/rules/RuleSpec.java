package org.prolotrack.screening.internal.rules;

import java.util.List;

import org.prolotrack.screening.Severity;

/** A rule's configuration from knowledge/screening/rules.json. */
record RuleSpec(String id, String name, Severity severity, Severity controlledSeverity, Severity relatedSeverity,
                List<String> concepts, List<String> drugClasses, List<String> controlledTerms, String explanation,
                String controlledExplanation, String relatedExplanation, String missingExplanation, String source,
                String certainty) {

    RuleSpec {
        concepts = concepts == null ? List.of() : concepts;
        drugClasses = drugClasses == null ? List.of() : drugClasses;
        controlledTerms = Terms.lowerAll(controlledTerms);
    }
}
