package org.prolotrack.screening.internal.cdshooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.prolotrack.screening.Laterality;
import org.prolotrack.screening.PlannedCourse;
import org.prolotrack.screening.internal.rules.ScreeningKnowledge;
import org.prolotrack.screening.internal.rules.SiteCatalog;
import tools.jackson.databind.JsonNode;

/**
 * order-select: finds the prolotherapy ServiceRequests among the draft orders (HCPCS M0076, or "prolotherapy" in
 * its text) and turns their body sites (with laterality from the text, any coding's display or a SNOMED laterality
 * qualifier) and every agent of every draft MedicationRequest (inline, contained or a Medication of the bundle,
 * with its ingredients) into a planned course. Drafts that name only an anesthetic are screened with the default
 * formulation's proliferant as well: a prolotherapy order always injects one.
 */
final class DraftOrders {

    static final String HCPCS_PROLOTHERAPY = "M0076";

    /**
     * SNOMED CT laterality qualifiers: FHIR R4 ValueSet bodysite-laterality (419161000 unilateral left, 419465000
     * unilateral right, 51440002 bilateral), FHIR R5/R6 bodystructure-laterality (7771000 left, 24028007 right) and
     * the extensions pack's structure-laterality-vs (399488007 midline).
     */
    static final Map<String, Laterality> LATERALITY_QUALIFIERS = Map.of(
            "419161000", Laterality.LEFT, "7771000", Laterality.LEFT,
            "419465000", Laterality.RIGHT, "24028007", Laterality.RIGHT,
            "51440002", Laterality.BILATERAL, "399488007", Laterality.MIDLINE);

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
        Map<String, Medication> medications = new HashMap<>();
        for (var entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Medication m && m.hasIdElement()) {
                medications.put("Medication/" + m.getIdElement().getIdPart(), m);
            }
        }
        var orders = new ArrayList<ServiceRequest>();
        var agents = new LinkedHashSet<String>();
        for (var entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r instanceof ServiceRequest sr && isProlotherapy(sr)
                    && (selections.isEmpty() || selections.contains("ServiceRequest/" + sr.getIdElement().getIdPart()))) {
                orders.add(sr);
            } else if (r instanceof MedicationRequest mr) {
                for (var cc : concepts(mr, medications)) {
                    agents.addAll(knowledge.agents().agentsNamedIn(FhirFacts.codes(cc), FhirFacts.display(cc)));
                }
            }
        }
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        if (!agents.isEmpty() && agents.stream().allMatch(a -> knowledge.agents().agent(a).anesthetic())) {
            knowledge.agents().defaultAgents().stream().filter(a -> !knowledge.agents().agent(a).anesthetic())
                    .forEach(agents::add);
        }
        var sites = new ArrayList<PlannedCourse.Site>();
        for (var order : orders) {
            for (var bodySite : order.getBodySite()) {
                var text = allText(bodySite);
                var regions = knowledge.sites().regionsOf(text, FhirFacts.codes(bodySite));
                if (regions.isEmpty()) {
                    throw CdsRequestException.malformed("Unrecognised bodySite '" + FhirFacts.display(bodySite)
                            + "' on the prolotherapy order " + order.getIdElement().getIdPart());
                }
                var side = laterality(bodySite, text);
                for (var region : regions) {
                    sites.add(new PlannedCourse.Site(region, side));
                }
            }
        }
        return Optional.of(new PlannedCourse(sites, List.copyOf(agents)));
    }

    /** The drug concepts of an order: its medication (inline, contained or in the bundle) and that one's ingredients. */
    private static List<CodeableConcept> concepts(MedicationRequest mr, Map<String, Medication> inBundle) {
        var out = new ArrayList<CodeableConcept>();
        if (mr.hasMedicationCodeableConcept()) {
            out.add(mr.getMedicationCodeableConcept());
        } else if (mr.hasMedicationReference()) {
            Reference ref = mr.getMedicationReference();
            Medication m = ref.getResource() instanceof Medication contained ? contained : inBundle.get(ref.getReference());
            if (m == null && ref.getReference() != null && ref.getReference().startsWith("#")) {
                m = mr.getContained().stream().filter(c -> c instanceof Medication)
                        .map(c -> (Medication) c).filter(c -> ref.getReference().substring(1).equals(c.getIdElement().getIdPart()))
                        .findFirst().orElse(null);
            }
            if (m != null) {
                out.add(m.getCode());
                for (var ingredient : m.getIngredient()) {
                    if (ingredient.hasItemCodeableConcept()) {
                        out.add(ingredient.getItemCodeableConcept());
                    }
                }
            } else if (ref.hasDisplay()) {
                out.add(new CodeableConcept().setText(ref.getDisplay()));
            }
        }
        return out;
    }

    /** The concept's text and every coding's display, so "Knee" + "Left" read as one site. */
    private static String allText(CodeableConcept cc) {
        var parts = new LinkedHashSet<String>();
        if (cc.hasText()) {
            parts.add(cc.getText());
        }
        cc.getCoding().stream().filter(c -> c.hasDisplay()).forEach(c -> parts.add(c.getDisplay()));
        return parts.isEmpty() ? FhirFacts.display(cc) : String.join(" ", parts);
    }

    private static Laterality laterality(CodeableConcept bodySite, String text) {
        for (var c : bodySite.getCoding()) {
            var qualified = c.getCode() == null ? null : LATERALITY_QUALIFIERS.get(c.getCode());
            if (qualified != null) {
                return qualified;
            }
        }
        return SiteCatalog.lateralityOf(text);
    }

    private static boolean isProlotherapy(ServiceRequest sr) {
        var code = sr.getCode();
        if (code.getCoding().stream().anyMatch(c -> HCPCS_PROLOTHERAPY.equalsIgnoreCase(c.getCode()))) {
            return true;
        }
        return FhirFacts.display(code).toLowerCase(Locale.ROOT).contains("prolotherapy");
    }
}
