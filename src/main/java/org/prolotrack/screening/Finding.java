package org.prolotrack.screening;

/**
 * One thing a rule found.
 *
 * @param fact the patient fact that triggered it, as the clinician knows it ("warfarin 5 mg oral tablet, active
 *             since 2025-03-02")
 */
public record Finding(String ruleId, String ruleName, Severity severity, String fact, String explanation, String source,
                      String certainty) { }
