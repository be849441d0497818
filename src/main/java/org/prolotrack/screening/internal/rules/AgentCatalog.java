package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.Code;

/** Agents, their ingredients and the allergy terms that match each ingredient (knowledge/screening/agents.json). */
public final class AgentCatalog {

    record AllergyClass(String id, String label, List<String> terms, List<String> relatedTerms, List<String> unlessTerms,
                        String source, String certainty) {
        AllergyClass {
            terms = Terms.lowerAll(terms);
            relatedTerms = Terms.lowerAll(relatedTerms);
            unlessTerms = Terms.lowerAll(unlessTerms);
        }
    }

    record IngredientSpec(String id, String label, List<String> terms, List<String> codes, List<String> classes,
                          String source, String certainty) {
        IngredientSpec {
            terms = Terms.lowerAll(terms);
            codes = codes == null ? List.of() : codes;
            classes = classes == null ? List.of() : classes;
        }
    }

    record Caution(String drugClass, String concept, String explanation) { }

    public record Agent(String id, String label, List<String> ingredients, boolean anesthetic, List<Caution> cautions,
                        String source, String certainty) {
        public Agent {
            cautions = cautions == null ? List.of() : cautions;
        }
    }

    record Formulation(String id, String label, List<String> agents, String source, String certainty) { }

    /** How an allergy meets the plan: the ingredient hit and whether directly (block) or by a related class member. */
    record AllergyHit(IngredientSpec ingredient, Agent agent, String matchedOn, boolean related) { }

    private final Map<String, AllergyClass> classes = new LinkedHashMap<>();
    private final Map<String, IngredientSpec> ingredients = new LinkedHashMap<>();
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Formulation defaultFormulation;

    AgentCatalog(List<AllergyClass> classes, List<IngredientSpec> ingredients, List<Agent> agents,
                 List<Formulation> formulations) {
        classes.forEach(c -> this.classes.put(c.id(), c));
        ingredients.forEach(i -> this.ingredients.put(i.id(), i));
        agents.forEach(a -> this.agents.put(a.id(), a));
        for (var a : agents) {
            for (var i : a.ingredients()) {
                if (!this.ingredients.containsKey(i)) {
                    throw new IllegalStateException("agents.json: agent " + a.id() + " has unknown ingredient " + i);
                }
            }
        }
        this.defaultFormulation = formulations.getFirst();
    }

    public List<Agent> agents() {
        return List.copyOf(agents.values());
    }

    public List<String> defaultAgents() {
        return defaultFormulation.agents();
    }

    public String defaultLabel() {
        return defaultFormulation.label();
    }

    public Agent agent(String id) {
        var a = agents.get(id);
        if (a == null) {
            throw new IllegalArgumentException("Unknown agent '" + id + "' (known: " + agents.keySet() + ")");
        }
        return a;
    }

    /** The agent a coded or named medication order stands for (an ingredient code, or its name in the text). */
    public Optional<String> agentFor(List<Code> codes, String text) {
        var lower = Terms.lower(text);
        for (var a : agents.values()) {
            if (a.ingredients().size() != 1) {
                continue;
            }
            var ing = ingredients.get(a.ingredients().getFirst());
            for (var c : codes) {
                if (ing.codes().contains(c.code())) {
                    return Optional.of(a.id());
                }
            }
            if (Terms.containsAny(lower, ing.terms())) {
                return Optional.of(a.id());
            }
        }
        return Optional.empty();
    }

    /**
     * Every agent a coded or named medication order stands for: an agent is named by its main (first) ingredient's
     * code or terms, or by its id ("p2g"); where a single-ingredient agent and a mixture share the main ingredient,
     * the single agent is meant ("phenol" is phenol, not P2G). "Dextrose 15% with lidocaine 0.2%" names two agents.
     */
    public List<String> agentsNamedIn(List<Code> codes, String text) {
        var lower = Terms.lower(text);
        var named = new ArrayList<String>();
        var mainIngredients = new LinkedHashSet<String>();
        for (var single : List.of(true, false)) {
            for (var a : agents.values()) {
                if ((a.ingredients().size() == 1) != single) {
                    continue;
                }
                var main = a.ingredients().getFirst();
                if (Terms.contains(lower, Terms.lower(a.id()))) {
                    named.add(a.id());
                    mainIngredients.add(main);
                    continue;
                }
                if (mainIngredients.contains(main)) {
                    continue;
                }
                var ing = ingredients.get(main);
                if (codes.stream().anyMatch(c -> ing.codes().contains(c.code())) || Terms.containsAny(lower, ing.terms())) {
                    named.add(a.id());
                    mainIngredients.add(main);
                }
            }
        }
        return named;
    }

    private record HitKey(AllergyFact allergy, List<Agent> planned) { }

    private final Map<HitKey, List<AllergyHit>> hitCache = new java.util.concurrent.ConcurrentHashMap<>();

    List<AllergyHit> allergyHits(AllergyFact allergy, List<Agent> planned) {
        var key = new HitKey(allergy, planned);
        var hit = hitCache.get(key);
        if (hit != null) {
            return hit;
        }
        var computed = List.copyOf(computeHits(allergy, planned));
        if (hitCache.size() < 100_000) {
            hitCache.put(key, computed);
        }
        return computed;
    }

    private List<AllergyHit> computeHits(AllergyFact allergy, List<Agent> planned) {
        var text = Terms.lower(allergy.substance());
        var hits = new ArrayList<AllergyHit>();
        var seen = new LinkedHashSet<String>();
        for (var agent : planned) {
            for (var ingId : agent.ingredients()) {
                var ing = ingredients.get(ingId);
                var hit = hit(allergy, text, ing, agent);
                if (hit != null && seen.add(ingId)) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    private AllergyHit hit(AllergyFact allergy, String text, IngredientSpec ing, Agent agent) {
        for (var c : allergy.codes()) {
            if (!c.code().isEmpty() && ing.codes().contains(c.code())) {
                return new AllergyHit(ing, agent, c.system() + " " + c.code(), false);
            }
        }
        for (var t : ing.terms()) {
            if (Terms.contains(text, t)) {
                return new AllergyHit(ing, agent, t, false);
            }
        }
        for (var classId : ing.classes()) {
            var cls = classes.get(classId);
            if (cls != null && Terms.containsAny(text, cls.terms()) && !Terms.containsAny(text, cls.unlessTerms())) {
                return new AllergyHit(ing, agent, cls.label(), false);
            }
        }
        for (var classId : ing.classes()) {
            var cls = classes.get(classId);
            if (cls == null) {
                continue;
            }
            for (var t : cls.relatedTerms()) {
                if (Terms.contains(text, t)) {
                    return new AllergyHit(ing, agent, t + " (" + cls.label() + ")", true);
                }
            }
        }
        return null;
    }
}
