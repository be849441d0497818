package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;

import org.prolotrack.screening.IndicationMatch;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.Severity;

/**
 * Is there an active condition prolotherapy may be considered for, at the planned sites? Each one found is an
 * information finding with its evidence grade; none makes the verdict NOT_INDICATED. Rule {@code INDICATION}.
 */
final class IndicationPolicy extends ScreeningPolicy {

    IndicationPolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "INDICATION");
    }

    @Override
    void apply(Evaluation e) {
        var elsewhere = new ArrayList<String>();
        for (var c : e.conditions) {
            boolean counted = false;
            for (var ind : c.indications()) {
                if (counted) {
                    continue; // one indication per condition: the most specific (the file lists specific ones first)
                }
                if (fitsPlannedSites(e, ind, c.fact())) {
                    counted = true;
                    var evidence = ind.evidence();
                    e.indication(new IndicationMatch(ind.id(), ind.label(), Evaluation.describe(c.fact()),
                            evidence == null ? null : evidence.grade(), evidence == null ? null : evidence.summary(),
                            evidence == null ? java.util.List.of() : evidence.references(), ind.source(), ind.certainty()));
                    e.add(rule, Severity.INFO, Evaluation.describe(c.fact()), evidence != null && evidence.investigational()
                            ? ind.label() + ": investigational — no trial evidence; prolotherapy for it is not established."
                            : ind.label() + ": prolotherapy may be considered."
                                    + (evidence == null ? "" : " Evidence: " + evidence.grade() + "."));
                } else if (ind.regions().contains("any") && e.regionsOf(c.fact()).isEmpty()) {
                    elsewhere.add(ind.label() + " (" + c.fact().display() + ", no body site recorded)");
                } else {
                    elsewhere.add(ind.label() + " (" + c.fact().display() + ")");
                }
            }
        }
        if (e.conditions.stream().noneMatch(c -> !c.indications().isEmpty()) || !elsewhere.isEmpty()) {
            if (e.outcomeIndicated()) {
                return;
            }
            var fact = elsewhere.isEmpty() ? "no indicated condition on the active problem list"
                    : "not indicated at the planned sites: " + String.join("; ", elsewhere);
            e.add(rule, Severity.INFO, fact, rule.missingExplanation());
        }
    }

    private static boolean fitsPlannedSites(Evaluation e, ConceptSpec ind, ConditionFact c) {
        if (e.course.anySite()) {
            return true;
        }
        var conditionRegions = e.regionsOf(c);
        var side = Evaluation.lateralityOf(c);
        for (var site : e.course.sites()) {
            var region = e.knowledge.sites().region(site.region());
            // "any" is no particular region: it fits only where the condition itself is recorded
            boolean regionFits = ind.regions().contains(region.id())
                    || ind.regions().contains("any") && conditionRegions.contains(region.id());
            if (regionFits && (!region.lateral() || Laterality.compatible(side, site.laterality()))) {
                return true;
            }
        }
        return false;
    }
}
