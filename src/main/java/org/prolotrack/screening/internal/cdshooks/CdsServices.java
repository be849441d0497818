package org.prolotrack.screening.internal.cdshooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services ProloTrack offers under /cds-services, with their prefetch templates (CDS Hooks 2.0 discovery). */
final class CdsServices {

    static final String PATIENT_VIEW = "prolotrack-screening";
    static final String ORDER_SELECT = "prolotrack-screening-order";

    record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
                   String usageRequirements) { }

    static final Map<String, String> PREFETCH;

    static {
        var p = new LinkedHashMap<String, String>();
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("conditions", "Condition?patient={{context.patientId}}");
        p.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}&status=active");
        p.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}&status=active");
        p.put("allergies", "AllergyIntolerance?patient={{context.patientId}}");
        p.put("weight", "Observation?patient={{context.patientId}}&code=http://loinc.org|29463-7&_sort=-date&_count=1");
        PREFETCH = Map.copyOf(p);
    }

    /** Keys without which a screening would be unsafe (the rest are optional). */
    static final List<String> REQUIRED = List.of("conditions", "medicationRequests", "allergies");

    static final List<Service> ALL = List.of(
            new Service("patient-view", "Prolotherapy screening",
                    "Is there an indication for prolotherapy, and is anything against it (default formulation: "
                            + "dextrose with lidocaine, any site)? Contraindications, cautions, missing facts and "
                            + "the evidence behind the indication.",
                    PATIENT_VIEW, new LinkedHashMap<>(orderedPrefetch()), "Prefetch or FHIR read access to Condition, "
                            + "MedicationRequest, MedicationStatement, AllergyIntolerance and body-weight Observation."),
            new Service("order-select", "Prolotherapy order screening",
                    "Screens a draft prolotherapy order (ServiceRequest, HCPCS M0076 or text 'prolotherapy') at its "
                            + "body site, with the agents of draft MedicationRequests.",
                    ORDER_SELECT, new LinkedHashMap<>(orderedPrefetch()), "As for patient-view; draftOrders must be "
                            + "a FHIR R4 Bundle."));

    private static Map<String, String> orderedPrefetch() {
        var m = new LinkedHashMap<String, String>();
        for (var k : List.of("patient", "conditions", "medicationRequests", "medicationStatements", "allergies", "weight")) {
            m.put(k, PREFETCH.get(k));
        }
        return m;
    }

    private CdsServices() {
    }
}
