package org.prolotrack.screening;

import java.util.List;

/** What the engine answers: the verdict, every finding (most severe first), the indications, and the knowledge used. */
public record ScreeningOutcome(Verdict verdict, List<Finding> findings, List<IndicationMatch> indications,
                               String knowledgeVersion) {

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public boolean fired(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
