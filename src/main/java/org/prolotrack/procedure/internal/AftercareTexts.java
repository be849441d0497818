package org.prolotrack.procedure.internal;

import java.util.List;

import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The aftercare texts ({@code knowledge/aftercare/aftercare.json}) and the NSAID advice this clinic configured:
 * {@code prolotrack.aftercare.nsaid-advice-id} picks an entry, {@code prolotrack.aftercare.nsaid-advice-text}
 * replaces the text (with {@code prolotrack.aftercare.nsaid-advice-source} saying whose advice it is). Whatever a
 * clinic configures, the advice ends with the prescribed-medicines caution (never stop a prescribed steroid without
 * the prescriber). The texts go to the patient; their sources only to clinicians ({@link #sources()}).
 */
@Component
class AftercareTexts {

    record Text(String id, String text, String source, String certainty) { }

    record NsaidAdvice(String id, String text, String source, String certainty, boolean isDefault) { }

    private record NsaidEntry(String id, String text, String source, String certainty,
                              @com.fasterxml.jackson.annotation.JsonProperty("default") boolean isDefault) { }

    private final List<Text> advice;
    private final List<Text> emergency;
    private final List<Text> callRightAway;
    private final List<Text> prescribed;
    private final NsaidAdvice nsaid;

    AftercareTexts(KnowledgeBase knowledge,
                   @Value("${prolotrack.aftercare.nsaid-advice-id:}") String nsaidId,
                   @Value("${prolotrack.aftercare.nsaid-advice-text:}") String nsaidText,
                   @Value("${prolotrack.aftercare.nsaid-advice-source:clinic policy}") String nsaidSource) {
        var file = knowledge.file("aftercare/aftercare.json");
        this.advice = file.list("advice", Text.class);
        this.emergency = file.list("emergency", Text.class);
        this.callRightAway = file.list("callRightAway", Text.class);
        this.prescribed = file.list("prescribedMedicines", Text.class);
        var caution = String.join(" ", prescribed.stream().map(Text::text).toList());
        var entries = file.list("nsaidAdvice", NsaidEntry.class);
        if (!nsaidText.isBlank()) {
            this.nsaid = new NsaidAdvice("clinic", withCaution(nsaidText.strip(), caution), nsaidSource, "clinic", false);
        } else {
            var chosen = entries.stream()
                    .filter(e -> nsaidId.isBlank() ? e.isDefault() : e.id().equals(nsaidId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("prolotrack.aftercare.nsaid-advice-id '" + nsaidId
                            + "' is not one of " + entries.stream().map(NsaidEntry::id).toList()));
            this.nsaid = new NsaidAdvice(chosen.id(), withCaution(chosen.text(), caution), chosen.source(),
                    chosen.certainty(), chosen.isDefault());
        }
    }

    private static String withCaution(String advice, String caution) {
        return advice.contains(caution) ? advice : advice + " " + caution;
    }

    List<Text> emergency() {
        return emergency;
    }

    /** Every text of the sheet with its source and certainty, for the clinician (never on the patient's sheet). */
    List<Text> sources() {
        var all = new java.util.ArrayList<Text>();
        all.addAll(emergency);
        all.addAll(callRightAway);
        all.addAll(advice);
        all.add(new Text("nsaid:" + nsaid.id(), nsaid.text(), nsaid.source(), nsaid.certainty()));
        all.addAll(prescribed);
        return all;
    }

    List<Text> advice() {
        return advice;
    }

    List<Text> callRightAway() {
        return callRightAway;
    }

    NsaidAdvice nsaid() {
        return nsaid;
    }
}
