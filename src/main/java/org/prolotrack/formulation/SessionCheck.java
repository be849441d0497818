package org.prolotrack.formulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the local anesthetic of every syringe of a session and compares each agent's total with its cap for the
 * patient's weight. Over a cap, or an anesthetic with no weight on file, is a violation that blocks signing.
 */
public final class SessionCheck {

    /** One agent's total across the session against its cap (cap null when it cannot be computed). */
    public record AgentTotal(String agent, BigDecimal mg, BigDecimal capMg, String capBasis, String source) { }

    /**
     * @param capMg the cap of the session's single anesthetic agent (null with none, several, or no weight)
     */
    public record Result(BigDecimal weightKg, List<AgentTotal> totals, BigDecimal totalVolumeMl, BigDecimal capMg,
                         boolean ok, List<String> violations, List<String> warnings, String knowledgeVersion) { }

    private final List<AnestheticLimit> limits;
    private final boolean additiveAcrossAgents;
    private final String knowledgeVersion;

    public SessionCheck(List<AnestheticLimit> limits, boolean additiveAcrossAgents, String knowledgeVersion) {
        this.limits = List.copyOf(limits);
        this.additiveAcrossAgents = additiveAcrossAgents;
        this.knowledgeVersion = knowledgeVersion;
    }

    public Result check(BigDecimal weightKg, List<Syringe> syringes) {
        if (weightKg != null && weightKg.signum() <= 0) {
            throw new ImpossibleFormulation("A weight must be more than 0 kg.");
        }
        var mgByAgent = new LinkedHashMap<String, BigDecimal>();
        var volume = BigDecimal.ZERO;
        for (var s : syringes) {
            volume = volume.add(s.finalVolumeMl());
            if (s.anestheticAgent() != null && s.anestheticMg().signum() > 0) {
                mgByAgent.merge(s.anestheticAgent(), s.anestheticMg(), BigDecimal::add);
            }
        }
        var totals = new ArrayList<AgentTotal>();
        var violations = new ArrayList<String>();
        var warnings = new ArrayList<String>();
        var fractionOfCaps = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : mgByAgent.entrySet()) {
            var agent = e.getKey();
            var mg = e.getValue();
            var limit = limits.stream().filter(l -> l.agent().equals(agent)).findFirst().orElse(null);
            if (limit == null) {
                violations.add("No dose limit on file for " + agent + " (" + mg.toPlainString() + " mg): it cannot be checked.");
                totals.add(new AgentTotal(agent, mg, null, "no limit on file", null));
                continue;
            }
            if (weightKg == null && limit.mgPerKg() != null) {
                violations.add("The patient's weight is unknown, so the " + agent + " cap cannot be computed ("
                        + mg.toPlainString() + " mg used): record the weight first.");
                totals.add(new AgentTotal(agent, mg, null, "weight unknown", limit.source()));
                continue;
            }
            var cap = limit.capFor(weightKg);
            totals.add(new AgentTotal(agent, mg, cap, limit.basis(weightKg), limit.source()));
            if (mg.compareTo(cap) > 0) {
                violations.add("Total " + agent + " " + mg.toPlainString() + " mg is over the cap of "
                        + cap.stripTrailingZeros().toPlainString() + " mg (" + limit.basis(weightKg) + ").");
            } else if (limit.warnAboveMg() != null && mg.compareTo(limit.warnAboveMg()) > 0) {
                warnings.add("Total " + agent + " " + mg.toPlainString() + " mg is above "
                        + limit.warnAboveMg().stripTrailingZeros().toPlainString() + " mg, the lower end of the labelled range.");
            }
            fractionOfCaps = fractionOfCaps.add(mg.divide(cap, 4, RoundingMode.HALF_UP));
        }
        if (additiveAcrossAgents && mgByAgent.size() > 1 && violations.isEmpty()
                && fractionOfCaps.compareTo(BigDecimal.ONE) > 0) {
            violations.add("Together the anesthetics reach " + fractionOfCaps.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    + "% of their caps (toxicity is taken as additive across agents).");
        }
        var singleCap = totals.size() == 1 ? totals.getFirst().capMg() : null;
        return new Result(weightKg, List.copyOf(totals), volume, singleCap, violations.isEmpty(),
                List.copyOf(violations), List.copyOf(warnings), knowledgeVersion);
    }
}
