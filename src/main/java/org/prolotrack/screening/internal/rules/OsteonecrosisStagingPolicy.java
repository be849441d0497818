package org.prolotrack.screening.internal.rules;

/** Osteonecrosis: orthopaedic staging before any injection. Rule {@code OSTEONECROSIS_STAGING} of rules.json. */
final class OsteonecrosisStagingPolicy extends ConditionConceptPolicy {

    OsteonecrosisStagingPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "OSTEONECROSIS_STAGING");
    }
}
