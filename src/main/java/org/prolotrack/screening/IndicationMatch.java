package org.prolotrack.screening;

import java.util.List;

/** An active condition prolotherapy may be considered for, with the evidence behind the indication. */
public record IndicationMatch(String indicationId, String label, String fact, String evidenceGrade,
                              String evidenceSummary, List<String> references, String source, String certainty) { }
