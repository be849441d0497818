package org.prolotrack.screening;

/** The clinician's decision after a screening. */
public enum Decision {
    PROCEED, DO_NOT_PROCEED
}
