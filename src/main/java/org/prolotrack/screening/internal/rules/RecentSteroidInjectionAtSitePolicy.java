package org.prolotrack.screening.internal.rules;

import java.util.List;

import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;

/**
 * A corticosteroid injected into a planned region (same side) within the rule's look-back window, active or not (a
 * one-off injection is usually recorded as completed). Recognised by the steroid's ingredient, an injection form
 * word, and the region named in the entry. Rule {@code RECENT_STEROID_INJECTION_AT_SITE}.
 */
final class RecentSteroidInjectionAtSitePolicy extends ScreeningPolicy {

    RecentSteroidInjectionAtSitePolicy(ScreeningKnowledge knowledge) {
        super(knowledge, "RECENT_STEROID_INJECTION_AT_SITE");
        if (rule.lookbackDays() == null || rule.lookbackDays() < 0) {
            throw new IllegalStateException("rules.json: RECENT_STEROID_INJECTION_AT_SITE needs lookbackDays");
        }
    }

    @Override
    void apply(Evaluation e) {
        if (e.course.anySite()) {
            return;
        }
        var asOf = e.facts.asOf();
        for (var m : e.facts.medications()) {
            if (m.since() == null || m.since().isAfter(asOf) || m.since().isBefore(asOf.minusDays(rule.lookbackDays()))) {
                continue;
            }
            var text = Terms.lower(m.display());
            if (!Terms.containsAny(text, rule.formTerms()) || !steroid(e, m) || !atPlannedSite(e, m)) {
                continue;
            }
            e.add(rule, rule.severity(), m.display() + ", given " + m.since(), rule.explanation());
        }
    }

    private boolean steroid(Evaluation e, MedicationFact m) {
        for (var i : e.ingredientsOf(m)) {
            if (e.knowledge.drugs().isA(i.drugClass(), rule.drugClasses())) {
                return true;
            }
        }
        return false;
    }

    private static boolean atPlannedSite(Evaluation e, MedicationFact m) {
        var regions = e.knowledge.sites().regionsOf(m.display(), List.of());
        var side = SiteCatalog.lateralityOf(m.display());
        for (var site : e.course.sites()) {
            var region = e.knowledge.sites().region(site.region());
            if (regions.contains(region.id()) && (!region.lateral() || Laterality.compatible(side, site.laterality()))) {
                return true;
            }
        }
        return false;
    }
}
