package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.prolotrack.screening.ScreeningFacts.Code;

/**
 * Recognises the ingredients (and so the drug classes) of a medication: by RxNorm ingredient or product code, else
 * by ingredient or brand names in the display text ("warfarin sodium 5 MG Oral Tablet", "Eliquis").
 */
final class DrugClassifier {

    record DrugClass(String id, String label, List<String> excludeDisplayTerms, String source, String certainty) {
        DrugClass {
            excludeDisplayTerms = Terms.lowerAll(excludeDisplayTerms);
        }
    }

    record Ingredient(String ingredient, String drugClass, List<String> rxcui, List<String> names, List<String> products,
                      String source, String certainty) {
        Ingredient {
            rxcui = rxcui == null ? List.of() : rxcui;
            names = Terms.lowerAll(names);
            products = products == null ? List.of() : products;
        }
    }

    private final Map<String, DrugClass> classes = new HashMap<>();
    private final List<Ingredient> ingredients;
    private final Map<String, List<Ingredient>> byCode = new HashMap<>();
    private final CodedLookupCache<Ingredient> cache = new CodedLookupCache<>(this::compute);

    DrugClassifier(List<DrugClass> classes, List<Ingredient> ingredients) {
        classes.forEach(c -> this.classes.put(c.id(), c));
        this.ingredients = List.copyOf(ingredients);
        for (var i : ingredients) {
            if (!this.classes.containsKey(i.drugClass())) {
                throw new IllegalStateException("drug-classes.json: " + i.ingredient() + " names unknown class " + i.drugClass());
            }
            for (var c : i.rxcui()) {
                byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
            for (var c : i.products()) {
                byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
    }

    DrugClass drugClass(String id) {
        var c = classes.get(id);
        if (c == null) {
            throw new IllegalStateException("Unknown drug class " + id);
        }
        return c;
    }

    List<Ingredient> ingredientsOf(List<Code> codes, String display) {
        return cache.get(codes, display);
    }

    private List<Ingredient> compute(List<Code> codes, String display) {
        var found = new LinkedHashSet<Ingredient>();
        for (var code : codes) {
            if (code.system().equals("RXNORM")) {
                var hit = byCode.get(code.code());
                if (hit != null) {
                    found.addAll(hit);
                }
            }
        }
        if (found.isEmpty()) {
            var text = Terms.lower(display);
            for (var i : ingredients) {
                if (Terms.containsAny(text, i.names())
                        && !Terms.containsAny(text, classes.get(i.drugClass()).excludeDisplayTerms())) {
                    found.add(i);
                }
            }
        }
        return List.copyOf(found);
    }
}
