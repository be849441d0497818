package org.prolotrack.screening.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.prolotrack.screening.ScreeningFacts.Code;

/**
 * Remembers what a coded entry (its codes and display text) was recognised as. The same products and problem-list
 * entries recur across patients, so screening a population looks each one up once. Bounded: past the limit it
 * still answers, it just stops remembering.
 */
final class CodedLookupCache<T> {

    private static final int LIMIT = 100_000;

    private record Key(List<Code> codes, String display) { }

    private final Map<Key, List<T>> cache = new ConcurrentHashMap<>();
    private final BiFunction<List<Code>, String, List<T>> lookup;

    CodedLookupCache(BiFunction<List<Code>, String, List<T>> lookup) {
        this.lookup = lookup;
    }

    List<T> get(List<Code> codes, String display) {
        var key = new Key(codes, display);
        var hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        var result = lookup.apply(codes, display);
        if (cache.size() < LIMIT) {
            cache.put(key, result);
        }
        return result;
    }
}
