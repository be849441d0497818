package org.prolotrack.screening.internal.cdshooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.prolotrack.screening.ScreeningFacts;
import org.prolotrack.screening.ScreeningFacts.AllergyFact;
import org.prolotrack.screening.ScreeningFacts.Code;
import org.prolotrack.screening.ScreeningFacts.ConditionFact;
import org.prolotrack.screening.ScreeningFacts.MedicationFact;
import org.prolotrack.screening.internal.rules.SiteCatalog;

/** FHIR R4 resources to screening facts. Only active, non-refuted entries count; conservative care is not read. */
public final class FhirFacts {

    private static final Set<String> ACTIVE_CONDITION = Set.of("active", "recurrence", "relapse");
    private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

    private FhirFacts() {
    }

    public static ScreeningFacts from(String subject, List<Resource> resources, LocalDate today) {
        Map<String, Medication> medications = new HashMap<>();
        for (var r : resources) {
            if (r instanceof Medication m && m.hasIdElement()) {
                medications.put("Medication/" + m.getIdElement().getIdPart(), m);
            }
        }
        var conditions = new ArrayList<ConditionFact>();
        var meds = new ArrayList<MedicationFact>();
        var allergies = new ArrayList<AllergyFact>();
        BigDecimal weight = null;
        Date weightAt = null;
        for (var r : resources) {
            switch (r) {
                case Condition c -> conditions.add(condition(c, today));
                case MedicationRequest mr -> meds.add(new MedicationFact(codes(medication(mr.getMedication(), medications)),
                        text(medication(mr.getMedication(), medications), mr.getMedication()),
                        "active".equals(mr.getStatus() == null ? null : mr.getStatus().toCode()),
                        date(mr.getAuthoredOn())));
                case MedicationStatement ms -> meds.add(new MedicationFact(codes(medication(ms.getMedication(), medications)),
                        text(medication(ms.getMedication(), medications), ms.getMedication()),
                        "active".equals(ms.getStatus() == null ? null : ms.getStatus().toCode()),
                        ms.hasEffectiveDateTimeType() ? date(ms.getEffectiveDateTimeType().getValue())
                                : ms.hasEffectivePeriod() ? date(ms.getEffectivePeriod().getStart()) : null));
                case AllergyIntolerance a -> allergies.add(new AllergyFact(codes(a.getCode()), display(a.getCode()),
                        status(a.getClinicalStatus(), "active") && !refuted(a.getVerificationStatus())));
                case Observation o when isWeight(o) -> {
                    var at = o.hasEffectiveDateTimeType() ? o.getEffectiveDateTimeType().getValue() : null;
                    var kg = kilograms(o);
                    if (kg != null && (weightAt == null || (at != null && at.after(weightAt)))) {
                        weight = kg;
                        weightAt = at;
                    }
                }
                default -> { }
            }
        }
        return new ScreeningFacts(subject, today, weight, conditions, meds, allergies, List.of());
    }

    private static ConditionFact condition(Condition c, LocalDate today) {
        boolean active = status(c.getClinicalStatus(), null) && !refuted(c.getVerificationStatus());
        if (c.hasAbatementDateTimeType() && c.getAbatementDateTimeType().getValue() != null
                && !date(c.getAbatementDateTimeType().getValue()).isAfter(today)) {
            active = false;
        }
        var site = c.hasBodySite() ? display(c.getBodySiteFirstRep()) : null;
        return new ConditionFact(codes(c.getCode()), display(c.getCode()), site,
                site == null ? null : SiteCatalog.lateralityOf(site), active,
                c.hasOnsetDateTimeType() ? date(c.getOnsetDateTimeType().getValue()) : null);
    }

    /** Clinical status active (or, for conditions, recurrence/relapse); absent counts as active. */
    private static boolean status(CodeableConcept status, String only) {
        var code = code(status);
        if (code == null) {
            return true;
        }
        return only == null ? ACTIVE_CONDITION.contains(code) : only.equals(code);
    }

    /** Verification status refuted or entered-in-error (absent: not refuted). */
    private static boolean refuted(CodeableConcept verification) {
        var code = code(verification);
        return code != null && NOT_TRUE.contains(code);
    }

    private static String code(CodeableConcept cc) {
        return cc == null || !cc.hasCoding() ? null : cc.getCodingFirstRep().getCode();
    }

    private static CodeableConcept medication(org.hl7.fhir.r4.model.Type medication, Map<String, Medication> inBundle) {
        if (medication instanceof CodeableConcept cc) {
            return cc;
        }
        if (medication instanceof Reference ref) {
            if (ref.getResource() instanceof Medication contained) {
                return contained.getCode();
            }
            var m = inBundle.get(ref.getReference());
            if (m != null) {
                return m.getCode();
            }
            return new CodeableConcept().setText(ref.getDisplay());
        }
        return new CodeableConcept();
    }

    private static String text(CodeableConcept cc, org.hl7.fhir.r4.model.Type original) {
        var d = display(cc);
        return d.isEmpty() && original instanceof Reference r && r.getDisplay() != null ? r.getDisplay() : d;
    }

    static List<Code> codes(CodeableConcept cc) {
        if (cc == null) {
            return List.of();
        }
        return cc.getCoding().stream().filter(c -> c.getCode() != null)
                .map(c -> Code.of(c.getSystem(), c.getCode())).toList();
    }

    static String display(CodeableConcept cc) {
        if (cc == null) {
            return "";
        }
        if (cc.hasText()) {
            return cc.getText();
        }
        for (var c : cc.getCoding()) {
            if (c.hasDisplay()) {
                return c.getDisplay();
            }
        }
        return cc.hasCoding() ? cc.getCodingFirstRep().getCode() : "";
    }

    private static boolean isWeight(Observation o) {
        return o.getCode().getCoding().stream().anyMatch(c -> "29463-7".equals(c.getCode()))
                && o.hasValueQuantity() && !"entered-in-error".equals(o.getStatus() == null ? null : o.getStatus().toCode());
    }

    private static BigDecimal kilograms(Observation o) {
        var q = o.getValueQuantity();
        if (q.getValue() == null) {
            return null;
        }
        var unit = q.hasCode() ? q.getCode() : q.getUnit();
        if (unit == null || unit.equals("kg")) {
            return q.getValue();
        }
        if (unit.equals("g")) {
            return q.getValue().divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
        }
        if (unit.equals("[lb_av]") || unit.equals("lb") || unit.equals("lbs")) {
            return q.getValue().multiply(new BigDecimal("0.45359237")).setScale(1, RoundingMode.HALF_UP);
        }
        return null;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
