package org.prolotrack.screening.internal.rules;

/**
 * A red flag of serious pathology (night pain, unexplained weight loss, saddle anaesthesia): the rule withholds the
 * indication, so the verdict is NOT_INDICATED until it is worked up. Rule {@code RED_FLAG_SERIOUS_PATHOLOGY}.
 */
final class RedFlagSeriousPathologyPolicy extends ConditionConceptPolicy {

    RedFlagSeriousPathologyPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "RED_FLAG_SERIOUS_PATHOLOGY");
        if (!rule.withholdsIndication()) {
            throw new IllegalStateException("rules.json: RED_FLAG_SERIOUS_PATHOLOGY must withhold the indication");
        }
    }
}
