package org.prolotrack.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A protocol a series is created from ({@code knowledge/plan/protocols.json}), with its source and how sure
 * we are of it; {@code unverified} lists the figures a clinician must confirm.
 */
public record ProtocolTemplate(String id, String name, List<Indication> indications,
                               int sessionsMin, int sessionsMax, int sessionsDefault,
                               int intervalMinDays, int intervalMaxDays,
                               List<Integer> scheduleWeeks, List<Integer> optionalWeeks,
                               List<Target> targets, List<String> agents, List<String> combinedTherapies,
                               String solution, String source, String certainty, List<String> unverified) {

    /** An ICD-10-CM code (matched by prefix) and its display. */
    public record Indication(String code, String display) { }

    /** A site of the anatomical catalogue with the protocol's volume and dextrose concentration (null: not given). */
    public record Target(String siteId, BigDecimal volumeMl, BigDecimal dextrosePercent) { }

    /** The indication this protocol lists for an ICD-10-CM code, if any. */
    public java.util.Optional<Indication> indicationFor(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        var normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
        return indications.stream().filter(i -> normalized.startsWith(i.code().toUpperCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
