package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.ScoreSheet;

/**
 * Interprets the scoring rules of an instrument file. A scale whose missing answers go beyond the manual's
 * rule gets no score and a reason, never an estimate. Values are reported to one decimal (half up); every
 * step before that is exact.
 */
final class ScaleScorer {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScaleScorer() {
    }

    static ScoreSheet score(InstrumentDefinition def, Instrument instrument, List<Integer> answers) {
        validate(instrument, answers);
        Map<String, Integer> byItem = new LinkedHashMap<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            byItem.put(instrument.items().get(i).id(), answers.get(i));
        }
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        Map<String, String> unscored = new LinkedHashMap<>();
        for (var scale : def.scales()) {
            try {
                exact.put(scale.name(), scale(def, scale, byItem, exact));
            } catch (NoScore e) {
                unscored.put(scale.name(), e.getMessage());
            }
        }
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        exact.forEach((k, v) -> reported.put(k, report(v)));
        return new ScoreSheet(instrument.code(), reported, unscored, instrument.knowledgeVersion());
    }

    private static void validate(Instrument instrument, List<Integer> answers) {
        if (answers == null || answers.size() != instrument.items().size()) {
            throw new IllegalArgumentException(instrument.code() + " has " + instrument.items().size()
                    + " items; give one answer per item in order (null for unanswered), got "
                    + (answers == null ? 0 : answers.size()) + ".");
        }
        for (int i = 0; i < answers.size(); i++) {
            var item = instrument.items().get(i);
            var a = answers.get(i);
            if (a != null && !item.allows(a)) {
                throw new IllegalArgumentException("Answer " + (i + 1) + " (" + item.id() + ") is " + a
                        + ", which is not one of its answer options.");
            }
        }
    }

    private static BigDecimal scale(InstrumentDefinition def, InstrumentDefinition.ScaleDef s, Map<String, Integer> byItem,
                                    Map<String, BigDecimal> done) {
        return switch (s.method()) {
            case "SINGLE" -> {
                var v = byItem.get(s.items().getFirst());
                if (v == null) {
                    throw new NoScore("The question was not answered.");
                }
                yield BigDecimal.valueOf(v);
            }
            case "SUM" -> {
                var a = answered(s, byItem);
                var sum = sum(a);
                int missing = s.items().size() - a.size();
                if (missing > 0 && "SUBSTITUTE_MEAN".equals(s.missing())) {
                    sum = sum.add(sum.divide(BigDecimal.valueOf(a.size()), MC).multiply(BigDecimal.valueOf(missing)));
                }
                yield sum;
            }
            case "PERCENT_OF_ANSWERED_MAX" -> {
                var a = answered(s, byItem);
                var possible = BigDecimal.valueOf((long) s.itemMax() * a.size());
                yield sum(a).multiply(HUNDRED).divide(possible, MC);
            }
            case "MEAN_RESCALED_0_100" -> {
                var a = answered(s, byItem);
                var mean = sum(a).divide(BigDecimal.valueOf(a.size()), MC);
                yield mean.subtract(BigDecimal.valueOf(s.itemMin())).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(s.itemMax() - s.itemMin()), MC);
            }
            case "SUM_OF_SCALES" -> {
                var total = BigDecimal.ZERO;
                for (var part : s.of()) {
                    if (!done.containsKey(part)) {
                        throw new NoScore("Needs a valid " + part + " score.");
                    }
                    total = total.add(done.get(part));
                }
                yield total;
            }
            case "PERCENT_OF_SCALE_MAX" -> {
                var part = s.of().getFirst();
                if (!done.containsKey(part)) {
                    throw new NoScore("Needs a valid " + part + " score.");
                }
                yield done.get(part).multiply(HUNDRED).divide(maxOf(def, part), MC);
            }
            default -> throw new IllegalStateException("Unknown scoring method " + s.method() + " in " + s.name());
        };
    }

    private static BigDecimal maxOf(InstrumentDefinition def, String scale) {
        return def.scales().stream().filter(x -> x.name().equals(scale)).findFirst()
                .map(InstrumentDefinition.ScaleDef::max)
                .orElseThrow(() -> new IllegalStateException("No scale " + scale + " in " + def.code()));
    }

    private static List<Integer> answered(InstrumentDefinition.ScaleDef s, Map<String, Integer> byItem) {
        List<Integer> values = new ArrayList<>();
        for (var id : s.items()) {
            if (byItem.get(id) != null) {
                values.add(byItem.get(id));
            }
        }
        int missing = s.items().size() - values.size();
        int allowed = s.maxMissing() == null ? 0 : s.maxMissing();
        if (values.isEmpty() || missing > allowed) {
            throw new NoScore(missing + " of " + s.items().size() + " questions unanswered; the scoring rule allows "
                    + (allowed == 0 ? "none" : "at most " + allowed) + ", so there is no score.");
        }
        return values;
    }

    private static BigDecimal sum(List<Integer> values) {
        return BigDecimal.valueOf(values.stream().mapToLong(Integer::longValue).sum());
    }

    static BigDecimal report(BigDecimal exact) {
        var rounded = exact.setScale(1, RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    private static final class NoScore extends RuntimeException {
        NoScore(String message) {
            super(message, null, false, false);
        }
    }
}
