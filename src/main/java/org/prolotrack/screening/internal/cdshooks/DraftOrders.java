package org.prolotrack.screening.internal.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.internal.rules.ScreeningKnowledge;
import org.prolotrack.screening.internal.rules.SiteCatalog;
import tools.jackson.databind.JsonNode;

/**
 * order-select: finds the prolotherapy ServiceRequest among the draft orders (HCPCS M0076, or "prolotherapy" in
 * its text) and turns its body sites and the draft MedicationRequests' agents into a planned course.
 */
final class DraftOrders {

    static final String HCPCS_PROLOTHERAPY = "M0076";

    private DraftOrders() {
    }

    /** Empty when no draft order is a prolotherapy order (nothing to screen). */
    static Optional<PlannedCourse> plannedCourse(JsonNode context, ScreeningKnowledge knowledge) {
        var draft = context.get("draftOrders");
        if (draft == null || !draft.isObject()) {
            throw CdsRequestException.malformed("order-select needs context.draftOrders, a FHIR R4 Bundle");
        }
        if (!(FhirData.parse("context.draftOrders", draft) instanceof Bundle bundle)) {
            throw CdsRequestException.malformed("context.draftOrders must be a FHIR R4 Bundle");
        }
        var selections = new LinkedHashSet<String>();
        var sel = context.get("selections");
        if (sel != null && sel.isArray()) {
            sel.forEach(s -> selections.add(s.asString()));
        }
        var orders = new ArrayList<ServiceRequest>();
        var agents = new LinkedHashSet<String>();
        for (var entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r instanceof ServiceRequest sr && isProlotherapy(sr)
                    && (selections.isEmpty() || selections.contains("ServiceRequest/" + sr.getIdElement().getIdPart()))) {
                orders.add(sr);
            } else if (r instanceof MedicationRequest mr && mr.hasMedicationCodeableConcept()) {
                var cc = mr.getMedicationCodeableConcept();
                knowledge.agents().agentFor(FhirFacts.codes(cc), FhirFacts.display(cc)).ifPresent(agents::add);
            }
        }
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        var sites = new ArrayList<PlannedCourse.Site>();
        for (var order : orders) {
            for (var bodySite : order.getBodySite()) {
                var text = FhirFacts.display(bodySite);
                var regions = knowledge.sites().regionsOf(text, FhirFacts.codes(bodySite));
                if (regions.isEmpty()) {
                    throw CdsRequestException.malformed("Unrecognised bodySite '" + text + "' on the prolotherapy order");
                }
                for (var region : regions) {
                    sites.add(new PlannedCourse.Site(region, SiteCatalog.lateralityOf(text)));
                }
            }
        }
        return Optional.of(new PlannedCourse(sites, List.copyOf(agents)));
    }

    private static boolean isProlotherapy(ServiceRequest sr) {
        var code = sr.getCode();
        if (code.getCoding().stream().anyMatch(c -> HCPCS_PROLOTHERAPY.equalsIgnoreCase(c.getCode()))) {
            return true;
        }
        return FhirFacts.display(code).toLowerCase(Locale.ROOT).contains("prolotherapy");
    }
}
