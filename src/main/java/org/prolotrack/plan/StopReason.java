package org.prolotrack.plan;

/** Why a series stopped (the stop rules of {@code knowledge/plan/protocols.json}). */
public enum StopReason {
    GOAL_REACHED, NON_RESPONDER, ADVERSE_EVENT, PATIENT_CHOICE, NEW_CONTRAINDICATION, OTHER
}
