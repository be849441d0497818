package org.prolotrack.screening;

/** The screening's answer. Precedence: contraindicated, then not indicated, then caution, else eligible. */
public enum Verdict {
    CONTRAINDICATED, NOT_INDICATED, CAUTION, ELIGIBLE
}
