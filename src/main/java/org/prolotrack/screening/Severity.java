package org.prolotrack.screening;

/** How much a finding weighs. */
public enum Severity {
    /** Contraindicated: do not inject unless the clinician writes why. */
    ABSOLUTE,
    /** Relative or case-specific: the clinician weighs it. */
    RELATIVE,
    /** A prerequisite is not documented. */
    MISSING_FACT,
    /** For information (the indication and its evidence, advice). */
    INFO
}
