package org.prolotrack.plan;

import java.util.List;
import java.util.Optional;

/** The protocol templates and stop rules a series can be built from. */
public interface Protocols {

    List<ProtocolTemplate> all();

    Optional<ProtocolTemplate> find(String id);

    /** Stop rules with their labels and sources. */
    List<StopRule> stopRules();

    /** A stop rule as the knowledge file describes it. */
    record StopRule(StopReason code, String label, String source, String certainty) { }
}
