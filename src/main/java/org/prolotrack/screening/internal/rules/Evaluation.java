package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.prolotrack.screening.Finding;
import org.prolotrack.screening.IndicationMatch;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.ScreeningFacts;
import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;
import org.prolotrack.screening.ScreeningOutcome;
import org.prolotrack.screening.Severity;
import org.prolotrack.screening.Verdict;

/** One screening in progress: the active facts, classified once, and the findings the policies add. */
final class Evaluation {

    record Condition(ConditionFact fact, Set<String> concepts, List<ConceptSpec> indications) { }

    record Medication(MedicationFact fact, List<DrugClassifier.Ingredient> ingredients) { }

    enum Location { AT_SITE, ELSEWHERE, UNKNOWN }

    final ScreeningFacts facts;
    final PlannedCourse course;
    final ScreeningKnowledge knowledge;
    final List<Condition> conditions = new ArrayList<>();
    final List<Medication> medications = new ArrayList<>();
    final List<AllergyFact> allergies = new ArrayList<>();
    final List<AgentCatalog.Agent> plannedAgents = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<IndicationMatch> indicationMatches = new ArrayList<>();
    private boolean indicated;
    private boolean withheld;

    Evaluation(ScreeningFacts facts, PlannedCourse course, ScreeningKnowledge knowledge) {
        this.facts = facts;
        this.course = course;
        this.knowledge = knowledge;
        for (var c : facts.conditions()) {
            if (c.active()) {
                var concepts = new HashSet<String>();
                for (var spec : knowledge.conditions().match(c.codes(), c.display())) {
                    concepts.add(spec.id());
                }
                conditions.add(new Condition(c, concepts, knowledge.indications().match(c.codes(), c.display())));
            }
        }
        for (var m : facts.medications()) {
            if (m.active()) {
                medications.add(new Medication(m, knowledge.drugs().ingredientsOf(m.codes(), m.display())));
            }
        }
        for (var a : facts.allergies()) {
            if (a.active()) {
                allergies.add(a);
            }
        }
        for (var id : course.agents()) {
            plannedAgents.add(knowledge.agents().agent(id));
        }
    }

    void add(RuleSpec rule, Severity severity, String fact, String explanation) {
        findings.add(new Finding(rule.id(), rule.name(), severity, fact, explanation, rule.source(), rule.certainty()));
        if (rule.withholdsIndication()) {
            withheld = true;
        }
    }

    /** The first ingredient of a medication in one of {@code classes} (directly or through a parent class), or null. */
    DrugClassifier.Ingredient ingredientIn(Medication m, List<String> classes) {
        for (var i : m.ingredients()) {
            if (knowledge.drugs().isA(i.drugClass(), classes)) {
                return i;
            }
        }
        return null;
    }

    boolean inClass(Medication m, List<String> classes) {
        return ingredientIn(m, classes) != null;
    }

    /** The ingredients of any medication fact, active or not (for rules that look back at recent entries). */
    List<DrugClassifier.Ingredient> ingredientsOf(MedicationFact m) {
        return knowledge.drugs().ingredientsOf(m.codes(), m.display());
    }

    boolean outcomeIndicated() {
        return indicated;
    }

    void indication(IndicationMatch match) {
        indicationMatches.add(match);
        indicated = true;
    }

    /** Where a condition is, relative to the planned sites. */
    Location locate(ConditionFact c) {
        var where = (c.bodySite() == null ? "" : c.bodySite()) + " " + c.display();
        var regions = knowledge.sites().regionsOf(where, List.of());
        if (regions.isEmpty()) {
            return Location.UNKNOWN;
        }
        var side = lateralityOf(c);
        for (var site : course.sites()) {
            var region = knowledge.sites().region(site.region());
            if (regions.contains(region.id()) && (!region.lateral() || Laterality.compatible(side, site.laterality()))) {
                return Location.AT_SITE;
            }
        }
        return Location.ELSEWHERE;
    }

    Set<String> regionsOf(ConditionFact c) {
        return knowledge.sites().regionsOf((c.bodySite() == null ? "" : c.bodySite()) + " " + c.display(), List.of());
    }

    static Laterality lateralityOf(ConditionFact c) {
        if (c.laterality() != null) {
            return c.laterality();
        }
        return SiteCatalog.lateralityOf((c.bodySite() == null ? "" : c.bodySite()) + " " + c.display());
    }

    static String describe(ConditionFact c) {
        var sb = new StringBuilder(c.display());
        if (c.bodySite() != null && !c.bodySite().isBlank() && !c.display().toLowerCase().contains(c.bodySite().toLowerCase())) {
            sb.append(", ").append(c.bodySite());
        }
        if (c.laterality() != null) {
            sb.append(" (").append(c.laterality().name().toLowerCase()).append(')');
        }
        sb.append(", active");
        if (c.since() != null) {
            sb.append(" since ").append(c.since());
        }
        return sb.toString();
    }

    static String describe(MedicationFact m) {
        return m.display() + ", active" + (m.since() == null ? "" : " since " + m.since());
    }

    ScreeningOutcome outcome() {
        findings.sort(Comparator.comparingInt(f -> f.severity().ordinal()));
        Verdict verdict;
        if (has(Severity.ABSOLUTE)) {
            verdict = Verdict.CONTRAINDICATED;
        } else if (!indicated || withheld) {
            verdict = Verdict.NOT_INDICATED;
        } else if (has(Severity.RELATIVE) || has(Severity.MISSING_FACT)) {
            verdict = Verdict.CAUTION;
        } else {
            verdict = Verdict.ELIGIBLE;
        }
        return new ScreeningOutcome(verdict, List.copyOf(findings), List.copyOf(indicationMatches), knowledge.version());
    }

    private boolean has(Severity s) {
        for (var f : findings) {
            if (f.severity() == s) {
                return true;
            }
        }
        return false;
    }
}
