package org.prolotrack.plan.internal;

import java.util.List;
import java.util.Optional;

import org.prolotrack.knowledge.AnatomicalCatalogue;
import org.prolotrack.knowledge.KnowledgeBase;
import org.prolotrack.plan.ProtocolTemplate;
import org.prolotrack.plan.Protocols;
import org.springframework.stereotype.Component;

/** Protocol templates, defaults and stop rules from {@code knowledge/plan/protocols.json}. */
@Component
class ProtocolCatalogue implements Protocols {

    static final String FILE = "plan/protocols.json";

    /** Defaults when a protocol gives no figure of its own, each with its source in the knowledge file. */
    record Defaults(int sessionsMin, int sessionsMax, int intervalMinDays, int intervalMaxDays,
                    int goalImprovementPercent, int nonResponderAfterSessions,
                    int maintenanceIntervalMinDays, int maintenanceIntervalMaxDays) { }

    private final List<ProtocolTemplate> protocols;
    private final List<StopRule> stopRules;
    private final Defaults defaults;

    ProtocolCatalogue(KnowledgeBase knowledge, AnatomicalCatalogue catalogue) {
        var file = knowledge.file(FILE);
        this.protocols = file.list("protocols", ProtocolTemplate.class);
        this.stopRules = file.list("stopRules", StopRule.class);
        this.defaults = file.object("defaults", Defaults.class);
        for (var p : protocols) {
            for (var t : p.targets()) {
                if (catalogue.site(t.siteId()).isEmpty()) {
                    throw new IllegalStateException("Protocol " + p.id() + " names an unknown site " + t.siteId());
                }
            }
        }
    }

    @Override
    public List<ProtocolTemplate> all() {
        return protocols;
    }

    @Override
    public Optional<ProtocolTemplate> find(String id) {
        return protocols.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<StopRule> stopRules() {
        return stopRules;
    }

    Defaults defaults() {
        return defaults;
    }
}
