package org.prolotrack.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.safety.SafetyRecords;

/** The serious events after prolotherapy (Dagenais 2006; issue #12 point 6) are named where clinicians and patients look. */
class SeriousEventsTests {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.fromClasspath();

    @Test
    void theSideEffectCatalogueNamesTheSeriousEvents() {
        var codes = new SafetyKnowledge(KNOWLEDGE).catalogue().stream().map(SafetyRecords.CatalogueEntry::code).toList();
        assertThat(codes).contains("PNEUMOTHORAX", "NERVE_DAMAGE", "POST_DURAL_PUNCTURE_HEADACHE",
                "LOCAL_ANESTHETIC_SYSTEMIC_TOXICITY", "VASOVAGAL_SYNCOPE", "POST_INJECTION_FLARE", "RADIATION_EXPOSURE",
                "SEDATION_COMPLICATION");
    }

    @Test
    void theConsentNamesTheSeriousEventsAndTheRisksOfImagingAndSedation() {
        var lines = new ArrayList<String>();
        KNOWLEDGE.file("consent/prolotherapy-consent.json").root().get("body").forEach(l -> lines.add(l.asString()));
        var consent = String.join("\n", lines).toLowerCase();
        assertThat(consent).contains("collapsed lung (pneumothorax)").contains("nerve injury")
                .contains("post-dural-puncture headache").contains("local anesthetic systemic toxicity")
                .contains("fainting").contains("flare").contains("radiation").contains("sedation")
                .contains("call 911");
    }
}
