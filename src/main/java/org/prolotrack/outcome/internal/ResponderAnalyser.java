package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.ResponderAnalysis.Advice;
import org.prolotrack.plan.TreatmentPlanView;

/**
 * Change from baseline against the instrument's threshold and the plan's stop rules. Pure: the inputs are
 * the plan, the instrument and the scores in time order.
 */
final class ResponderAnalyser {

    private ResponderAnalyser() {
    }

    record Result(BigDecimal baseline, BigDecimal latest, BigDecimal change, BigDecimal percentImprovement,
                  Boolean thresholdMet, String threshold, Advice advice, String reason) { }

    static Result analyse(TreatmentPlanView plan, Instrument instrument, List<BigDecimal> scoresInOrder) {
        if (scoresInOrder.size() < 2) {
            return new Result(scoresInOrder.isEmpty() ? null : scoresInOrder.getFirst(), null, null, null, null,
                    describe(instrument), Advice.NOT_ENOUGH_DATA,
                    "A baseline and at least one later " + instrument.code() + " score are needed.");
        }
        var baseline = scoresInOrder.getFirst();
        var latest = scoresInOrder.getLast();
        // improvement is positive: a fall when lower is better, a rise otherwise
        var change = instrument.lowerIsBetter() ? baseline.subtract(latest) : latest.subtract(baseline);
        var percent = baseline.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), MathContext.DECIMAL64);
        var met = thresholdMet(instrument, latest, change, percent);
        var worse = thresholdMet(instrument, latest, change.negate(), percent == null ? null : percent.negate());
        var pct = percent == null ? "n/a" : ScaleScorer.report(percent) + "%";
        Advice advice;
        String reason;
        if (percent != null && percent.compareTo(BigDecimal.valueOf(plan.goalImprovementPercent())) >= 0) {
            advice = Advice.SUGGEST_COMPLETE;
            reason = "Improved " + pct + " from baseline, at or above the plan's goal of " + plan.goalImprovementPercent()
                    + "%: consider completing the series.";
        } else if (change.signum() < 0 && (worse == null || worse)) {
            advice = Advice.REVIEW_WORSENING;
            reason = "Worse than at baseline (" + pct + "): review the patient and the plan.";
        } else if (plan.sessionsDone() >= plan.nonResponderAfterSessions() && Boolean.FALSE.equals(met)) {
            advice = Advice.SUGGEST_STOP_NON_RESPONDER;
            reason = "No meaningful change (" + pct + ", threshold " + describe(instrument) + ") after "
                    + plan.sessionsDone() + " sessions (plan's rule: " + plan.nonResponderAfterSessions()
                    + "): consider stopping as a non-responder.";
        } else {
            advice = Advice.CONTINUE;
            reason = (met == null ? "No verified threshold for " + instrument.code() + "; judge the change clinically. "
                    : Boolean.TRUE.equals(met) ? "Meaningful improvement so far (" + pct + "). "
                    : "No meaningful change yet (" + pct + "), but only " + plan.sessionsDone() + " of the "
                      + plan.nonResponderAfterSessions() + " sessions the plan allows before judging. ")
                    + "Continue as planned.";
        }
        return new Result(baseline, latest, change, percent, met, describe(instrument), advice, reason);
    }

    /** Whether an improvement of this size reaches the primary scale's threshold; null when there is none. */
    static Boolean thresholdMet(Instrument instrument, BigDecimal latest, BigDecimal change, BigDecimal percent) {
        var t = threshold(instrument);
        if (t == null) {
            return null;
        }
        if ("RESPONDER_ANCHOR".equals(t.kind())) {
            return t.values().contains(latest.intValue());
        }
        boolean byAbsolute = t.absolute() != null && change.compareTo(t.absolute()) >= 0;
        boolean byPercent = t.percent() != null && percent != null && percent.compareTo(t.percent()) >= 0;
        return byAbsolute || byPercent;
    }

    static Instrument.Threshold threshold(Instrument instrument) {
        return instrument.thresholds().stream().filter(t -> t.scale().equals(instrument.primaryScale())).findFirst()
                .orElse(null);
    }

    static String describe(Instrument instrument) {
        var t = threshold(instrument);
        if (t == null) {
            return "none verified";
        }
        return t.kind() + (t.absolute() != null ? " " + t.absolute().stripTrailingZeros().toPlainString() + " points" : "")
                + (t.absolute() != null && t.percent() != null ? " or" : "")
                + (t.percent() != null ? " " + t.percent().stripTrailingZeros().toPlainString() + "%" : "")
                + (t.values() != null ? " answers " + t.values() : "") + " (" + t.source() + ")";
    }
}
