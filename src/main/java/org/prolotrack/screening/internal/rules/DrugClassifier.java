package org.prolotrack.screening.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prolotrack.screening.ScreeningFacts.Code;

/**
 * Recognises the ingredients (and so the drug classes) of a medication: by RxNorm ingredient or product code, else
 * by ingredient or brand names in the display text ("warfarin sodium 5 MG Oral Tablet", "Eliquis").
 */
final class DrugClassifier {

    record DrugClass(String id, String label, String parent, List<String> excludeDisplayTerms, String source,
                     String certainty) {
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
    private final Map<String, Set<String>> lineage = new HashMap<>();
    private final List<Ingredient> ingredients;
    private final Map<String, List<Ingredient>> byCode = new HashMap<>();
    private final CodedLookupCache<Ingredient> cache = new CodedLookupCache<>(this::compute);

    DrugClassifier(List<DrugClass> classes, List<Ingredient> ingredients) {
        classes.forEach(c -> this.classes.put(c.id(), c));
        for (var c : classes) {
            var line = new LinkedHashSet<String>();
            for (var at = c; at != null; at = at.parent() == null ? null : this.classes.get(at.parent())) {
                if (!line.add(at.id())) {
                    throw new IllegalStateException("drug-classes.json: class " + c.id() + " is its own ancestor");
                }
                if (at.parent() != null && !this.classes.containsKey(at.parent())) {
                    throw new IllegalStateException("drug-classes.json: " + at.id() + " names unknown parent " + at.parent());
                }
            }
            lineage.put(c.id(), Set.copyOf(line));
        }
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

    /** Whether an ingredient of class {@code classId} belongs to one of {@code classes}, itself or through a parent. */
    boolean isA(String classId, List<String> classes) {
        for (var c : lineage.getOrDefault(classId, Set.of())) {
            if (classes.contains(c)) {
                return true;
            }
        }
        return false;
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
