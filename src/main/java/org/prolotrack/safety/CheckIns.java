package org.prolotrack.safety;

import java.util.List;
import java.util.Optional;

/** The patient's side of post-procedure check-ins, through a personal link (no account). */
public interface CheckIns {

    /**
     * How urgent a symptom is (knowledge/safety/check-ins.json): EMERGENCY sends the patient to 911 or an emergency
     * department at once and raises the clinic alert at its highest severity; CALL_CLINIC is a red flag the clinic
     * reviews today; EXPECTED is an expected after-effect.
     */
    enum Tier { EMERGENCY, CALL_CLINIC, EXPECTED }

    record Symptom(String code, String text, Tier tier) {
        public boolean redFlag() {
            return tier != Tier.EXPECTED;
        }

        public boolean emergency() {
            return tier == Tier.EMERGENCY;
        }
    }

    List<Symptom> symptoms();

    /** The check-in a token opens, if the token is valid. */
    Optional<CheckIn> open(String token);

    /**
     * Stores the report. Red flags raise one alert in the clinic inbox and queue an e-mail to the treating
     * clinician, all in the same transaction: nothing is lost if the mail server is down.
     *
     * @return the stored check-in (with the red flags found)
     */
    CheckIn submit(String token, List<String> symptomCodes, Integer painNow, String comment);
}
