package org.prolotrack.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prolotrack.knowledge.KnowledgeBase;

class AftercareTextsTests {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.fromClasspath();
    static final String KEEP_PRESCRIBED_STEROID = "Do not stop a prescribed steroid without asking the doctor who prescribed it.";

    /** Every NSAID advice a clinic can pick, and one a clinic typed in itself. */
    static List<AftercareTexts> everyConfiguration() {
        var all = new ArrayList<AftercareTexts>();
        for (var entry : KNOWLEDGE.file("aftercare/aftercare.json").root().get("nsaidAdvice")) {
            all.add(new AftercareTexts(KNOWLEDGE, entry.get("id").asString(), "", "clinic policy"));
        }
        all.add(new AftercareTexts(KNOWLEDGE, "", "No NSAIDs or steroids for 2 weeks before and after.", "our clinic"));
        return all;
    }

    @Test
    void theAftercareSheetNeverTellsAPatientToStopAPrescribedSteroid() {
        for (var texts : everyConfiguration()) {
            var advice = texts.nsaid().text();
            assertThat(advice).as(texts.nsaid().id()).contains(KEEP_PRESCRIBED_STEROID);
        }
    }

    @Test
    void theDefaultAdviceNoLongerSaysToAvoidSteroidsWithoutSayingWhich() {
        var advice = new AftercareTexts(KNOWLEDGE, "", "", "").nsaid().text();
        for (var sentence : advice.split("(?<=\\.)\\s+")) {
            if (sentence.toLowerCase().contains("steroid")) {
                assertThat(sentence).as(sentence).containsIgnoringCase("prescribed");
            }
        }
    }
}
