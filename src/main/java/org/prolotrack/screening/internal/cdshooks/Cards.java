package org.prolotrack.screening.internal.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.prolotrack.screening.Finding;
import org.prolotrack.screening.ScreeningOutcome;
import org.prolotrack.screening.Verdict;

/**
 * CDS Hooks cards from a screening outcome: critical for each absolute contraindication, warning for cautions and
 * missing facts (and for no indication), info for each indication with its evidence grade and for advice.
 */
final class Cards {

    static final String SYSTEM = "https://prolotrack.org/screening-rule";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Card(String uuid, String summary, String detail, String indicator, Source source) { }

    record Source(String label, Topic topic) { }

    record Topic(String system, String code, String display) { }

    record Response(List<Card> cards) { }

    private Cards() {
    }

    static Response from(ScreeningOutcome outcome) {
        var label = "ProloTrack screening (knowledge " + outcome.knowledgeVersion() + ")";
        var cards = new ArrayList<Card>();
        for (var f : outcome.findings()) {
            switch (f.severity()) {
                case ABSOLUTE -> cards.add(card("Contraindicated: " + f.ruleName(), f, "critical", label));
                case RELATIVE -> cards.add(card("Caution: " + f.ruleName(), f, "warning", label));
                case MISSING_FACT -> cards.add(card("Missing: " + f.ruleName(), f, "warning", label));
                case INFO -> {
                    if (f.ruleId().equals("INDICATION")) {
                        if (outcome.verdict() == Verdict.NOT_INDICATED) {
                            cards.add(card("No indication for prolotherapy on the active problem list", f, "warning", label));
                        }
                    } else {
                        cards.add(card(f.ruleName(), f, "info", label));
                    }
                }
            }
        }
        for (var i : outcome.indications()) {
            var detail = "**" + i.label() + "** — " + i.fact() + "\n\nEvidence: " + nullToDash(i.evidenceGrade())
                    + "\n\n" + nullToDash(i.evidenceSummary())
                    + (i.references().isEmpty() ? "" : "\n\nReferences: " + String.join("; ", i.references()))
                    + "\n\nProlotherapy is not FDA-approved as a treatment; evidence is mixed.";
            cards.add(new Card(UUID.randomUUID().toString(),
                    summary("Indication: " + i.label() + " (" + nullToDash(i.evidenceGrade()) + ")"), detail, "info",
                    new Source(label, new Topic(SYSTEM, "INDICATION", i.label()))));
        }
        return new Response(cards);
    }

    private static Card card(String summary, Finding f, String indicator, String label) {
        var detail = "**" + f.fact() + "**\n\n" + f.explanation() + "\n\nSource: " + f.source() + " [" + f.certainty() + "]";
        return new Card(UUID.randomUUID().toString(), summary(summary), detail, indicator,
                new Source(label, new Topic(SYSTEM, f.ruleId(), f.ruleName())));
    }

    /** CDS Hooks: a summary is shorter than 140 characters. */
    static String summary(String s) {
        return s.length() < 140 ? s : s.substring(0, 138) + "…";
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }
}
