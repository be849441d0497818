package org.prolotrack.outcome.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.prolotrack.outcome.Instrument;
import org.prolotrack.outcome.InstrumentJudgement;
import org.prolotrack.outcome.ResponderAnalysis.Advice;
import org.prolotrack.plan.TreatmentPlanView;

/**
 * Change from baseline against the instrument's threshold and the plan's stop rules. Pure: the inputs are
 * the plan, the instrument and the scores in time order. Only thresholds that judge a change (MCID, responder
 * anchor) with a source are used to say "reached"; a minimal detectable change is shown, never used to judge.
 */
final class ResponderAnalyser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResponderAnalyser() {
    }

    record Result(BigDecimal baseline, BigDecimal latest, BigDecimal change, BigDecimal percentImprovement,
                  Boolean thresholdMet, String threshold, Advice advice, String reason) { }

    /** Advice on one instrument's primary scores (kept for callers that have only those). */
    static Result analyse(TreatmentPlanView plan, Instrument instrument, List<BigDecimal> scoresInOrder,
                          int timePointsAtGoal) {
        var sheets = scoresInOrder.stream().map(s -> Map.of(instrument.primaryScale(), s)).toList();
        return advise(plan, instrument, judge(instrument, sheets, true), "", timePointsAtGoal);
    }

    /** The instrument's change from the first to the latest score sheet, judged against its threshold. */
    static InstrumentJudgement judge(Instrument instrument, List<? extends Map<String, BigDecimal>> sheetsInOrder,
                                     boolean primary) {
        var scale = instrument.primaryScale();
        var scores = values(sheetsInOrder, scale);
        var t = threshold(instrument);
        var anchor = t != null && "RESPONDER_ANCHOR".equals(t.kind());
        BigDecimal baseline = null, latest = null, change = null, percent = null, previous = null;
        Boolean improved = null, reached = null;
        if (anchor && !scores.isEmpty()) {
            latest = scores.getLast(); // an anchor judges the answer itself: no baseline needed
            reached = t.values().contains(latest.intValue());
        } else if (!scores.isEmpty()) {
            baseline = scores.getFirst();
            if (scores.size() >= 3) {
                previous = scores.get(scores.size() - 2);
            }
            if (scores.size() >= 2) {
                latest = scores.getLast();
                change = latest.subtract(baseline);
                percent = baseline.signum() == 0 ? null : change.multiply(HUNDRED).divide(baseline.abs(), MathContext.DECIMAL64);
                improved = change.signum() == 0 ? null : instrument.lowerIsBetter() == (change.signum() < 0);
                var gain = instrument.lowerIsBetter() ? change.negate() : change;
                reached = t == null ? null : thresholdMet(instrument, latest, gain, percent == null ? null
                        : instrument.lowerIsBetter() ? percent.negate() : percent);
            }
        }
        return new InstrumentJudgement(instrument.code(), scale, baseline, latest, change,
                percent == null ? null : ScaleScorer.report(percent), improved, reached, describe(instrument),
                t == null ? null : t.source(), t == null ? null : t.certainty(), note(instrument, sheetsInOrder),
                instrument.knowledgeVersion(), primary, previous);
    }

    /**
     * Advice against the plan's stop rules, from the judgement of the instrument chosen to judge the plan.
     * preface: why this instrument (e.g. the indication's primary one has no verified threshold).
     * timePointsAtGoal: 2 when the goal must also have been reached at the time point before the latest
     * (knowledge/outcome/responder-rules.json), 1 when the latest score is enough.
     */
    static Result advise(TreatmentPlanView plan, Instrument instrument, InstrumentJudgement j, String preface,
                         int timePointsAtGoal) {
        if (j.change() == null) {
            return new Result(j.baseline(), j.latest(), null, null, null, j.threshold(), Advice.NOT_ENOUGH_DATA,
                    preface + "A baseline and at least one later " + instrument.code() + " score are needed.");
        }
        // improvement is positive: a fall when lower is better, a rise otherwise
        var gain = instrument.lowerIsBetter() ? j.change().negate() : j.change();
        var percent = j.baseline().signum() == 0 ? null
                : gain.multiply(HUNDRED).divide(j.baseline().abs(), MathContext.DECIMAL64);
        var met = j.reached();
        var worse = threshold(instrument) == null ? null
                : thresholdMet(instrument, j.latest(), gain.negate(), percent == null ? null : percent.negate());
        var pct = percent == null ? "n/a" : ScaleScorer.report(percent) + "%";
        var on = instrument.code() + " ";
        Advice advice;
        String reason;
        var goal = BigDecimal.valueOf(plan.goalImprovementPercent());
        boolean atGoal = percent != null && percent.compareTo(goal) >= 0;
        boolean confirmed = timePointsAtGoal <= 1 || atGoal(instrument, j.baseline(), j.previous(), goal);
        if (atGoal && confirmed) {
            advice = Advice.SUGGEST_COMPLETE;
            reason = on + "improved " + pct + " from baseline, at or above the plan's goal of "
                    + plan.goalImprovementPercent() + "%" + (timePointsAtGoal > 1 ? " at two time points in a row" : "")
                    + ": consider completing the series.";
        } else if (atGoal) {
            advice = Advice.CONTINUE;
            reason = on + "improved " + pct + " from baseline, at or above the plan's goal of "
                    + plan.goalImprovementPercent() + "%, but only once: confirm it at the next time point before "
                    + "completing the series. Continue as planned.";
        } else if (gain.signum() < 0 && (worse == null || worse)) {
            advice = Advice.REVIEW_WORSENING;
            reason = on + "is worse than at baseline (" + pct + "): review the patient and the plan.";
        } else if (plan.sessionsDone() >= plan.nonResponderAfterSessions() && Boolean.FALSE.equals(met)) {
            advice = Advice.SUGGEST_STOP_NON_RESPONDER;
            reason = "No meaningful change on " + on + "(" + pct + ", threshold " + j.threshold() + ") after "
                    + plan.sessionsDone() + " sessions (plan's rule: " + plan.nonResponderAfterSessions()
                    + "): consider stopping as a non-responder.";
        } else {
            advice = Advice.CONTINUE;
            reason = (met == null ? "No verified threshold for " + instrument.code() + "; judge the change clinically. "
                    : Boolean.TRUE.equals(met) ? "Meaningful improvement on " + on + "so far (" + pct + "). "
                    : "No meaningful change on " + on + "yet (" + pct + "), but only " + plan.sessionsDone() + " of the "
                      + plan.nonResponderAfterSessions() + " sessions the plan allows before judging. ")
                    + "Continue as planned.";
        }
        return new Result(j.baseline(), j.latest(), gain, percent, met, j.threshold(), advice, preface + reason);
    }

    /** Whether a score improved on the baseline by at least the goal (in %); false when either is missing. */
    private static boolean atGoal(Instrument instrument, BigDecimal baseline, BigDecimal score, BigDecimal goal) {
        if (baseline == null || score == null || baseline.signum() == 0) {
            return false;
        }
        var gain = instrument.lowerIsBetter() ? baseline.subtract(score) : score.subtract(baseline);
        return gain.multiply(HUNDRED).divide(baseline.abs(), MathContext.DECIMAL64).compareTo(goal) >= 0;
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

    /** The primary scale's threshold that judges a change: an MCID or a responder anchor, with a source. */
    static Instrument.Threshold threshold(Instrument instrument) {
        return instrument.thresholds().stream().filter(t -> t.scale().equals(instrument.primaryScale()))
                .filter(t -> "MCID".equals(t.kind()) || "RESPONDER_ANCHOR".equals(t.kind()))
                .filter(t -> t.source() != null && !t.source().isBlank()).findFirst().orElse(null);
    }

    static String describe(Instrument instrument) {
        var t = threshold(instrument);
        if (t == null) {
            return "none verified";
        }
        if ("RESPONDER_ANCHOR".equals(t.kind())) {
            return "responder anchor: answer " + t.values().stream().map(String::valueOf)
                    .reduce((a, b) -> a + " or " + b).orElse("") + " (" + t.text() + ")";
        }
        var fall = instrument.lowerIsBetter() ? " fall" : " rise";
        return "MCID" + (t.absolute() != null ? " " + t.absolute().stripTrailingZeros().toPlainString() + " points" : "")
                + (t.absolute() != null && t.percent() != null ? " or" : "")
                + (t.percent() != null ? " " + t.percent().stripTrailingZeros().toPlainString() + "%" : "") + fall;
    }

    /** Population caveats and the smallest detectable change, labelled as such; never a judgement. */
    private static String note(Instrument instrument, List<? extends Map<String, BigDecimal>> sheets) {
        var t = threshold(instrument);
        if (t != null) {
            return t.certainty() != null && !"V".equals(t.certainty()) ? t.text() + ". Certainty " + t.certainty() + "."
                    : t.text();
        }
        var out = new StringBuilder("No verified minimal clinically important difference for " + instrument.code()
                + ": the change is shown, not judged meaningful.");
        instrument.thresholds().stream().filter(m -> "MDC95".equals(m.kind())).findFirst().ifPresent(m -> {
            out.append(" Smallest detectable change (MDC95) of the ").append(m.scale()).append(" scale: ")
                    .append(m.absolute().stripTrailingZeros().toPlainString()).append(" points (").append(m.text())
                    .append("; ").append(m.source()).append(").");
            var v = values(sheets, m.scale());
            if (v.size() >= 2) {
                var d = v.getLast().subtract(v.getFirst());
                out.append(" Its change here: ").append(d.stripTrailingZeros().toPlainString()).append(" points, ")
                        .append(d.abs().compareTo(m.absolute()) >= 0 ? "beyond" : "within")
                        .append(" the smallest detectable change.");
            }
        });
        return out.toString();
    }

    private static List<BigDecimal> values(List<? extends Map<String, BigDecimal>> sheets, String scale) {
        return sheets.stream().map(s -> s.get(scale)).filter(Objects::nonNull).toList();
    }
}
