package org.prolotrack.screening.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prolotrack.knowledge.KnowledgeBase;

/** The screening knowledge files, compiled into lookups once (codes to concepts, drugs, agents, sites, rules). */
public final class ScreeningKnowledge {

    private final String version;
    private final ConceptMatcher conditions;
    private final ConceptMatcher indications;
    private final DrugClassifier drugs;
    private final AgentCatalog agents;
    private final SiteCatalog sites;
    private final Map<String, RuleSpec> rules = new LinkedHashMap<>();

    public ScreeningKnowledge(KnowledgeBase kb) {
        this.version = kb.version().value();
        this.conditions = new ConceptMatcher(kb.file("screening/condition-concepts.json").list("entries", ConceptSpec.class));
        this.indications = new ConceptMatcher(kb.file("screening/indications.json").list("entries", ConceptSpec.class));
        var drugFile = kb.file("screening/drug-classes.json");
        this.drugs = new DrugClassifier(drugFile.list("classes", DrugClassifier.DrugClass.class),
                drugFile.list("entries", DrugClassifier.Ingredient.class));
        var agentFile = kb.file("screening/agents.json");
        this.agents = new AgentCatalog(agentFile.list("allergyClasses", AgentCatalog.AllergyClass.class),
                agentFile.list("ingredients", AgentCatalog.IngredientSpec.class),
                agentFile.list("agents", AgentCatalog.Agent.class),
                agentFile.list("defaultFormulations", AgentCatalog.Formulation.class));
        this.sites = new SiteCatalog(kb.file("screening/body-sites.json").list("entries", SiteCatalog.Region.class));
        kb.file("screening/rules.json").list("rules", RuleSpec.class).forEach(r -> rules.put(r.id(), r));
        checkReferences();
    }

    private void checkReferences() {
        var conceptIds = conditions.specs().stream().map(ConceptSpec::id).toList();
        for (var r : rules.values()) {
            for (var c : r.concepts()) {
                if (!conceptIds.contains(c)) {
                    throw new IllegalStateException("rules.json: " + r.id() + " names unknown concept " + c);
                }
            }
            r.drugClasses().forEach(drugs::drugClass);
        }
        for (var i : indications.specs()) {
            for (var region : i.regions()) {
                if (!region.equals("any")) {
                    sites.region(region);
                }
            }
        }
    }

    public String version() {
        return version;
    }

    public AgentCatalog agents() {
        return agents;
    }

    public SiteCatalog sites() {
        return sites;
    }

    ConceptMatcher conditions() {
        return conditions;
    }

    ConceptMatcher indications() {
        return indications;
    }

    DrugClassifier drugs() {
        return drugs;
    }

    RuleSpec rule(String id) {
        var r = rules.get(id);
        if (r == null) {
            throw new IllegalStateException("rules.json has no rule " + id);
        }
        return r;
    }

    List<String> ruleIds() {
        return List.copyOf(rules.keySet());
    }
}
