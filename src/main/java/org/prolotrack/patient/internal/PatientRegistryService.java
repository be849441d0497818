package org.prolotrack.patient.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.prolotrack.patient.PatientDataException;
import org.prolotrack.patient.PatientFactsChanged;
import org.prolotrack.patient.PatientFactsChanged.What;
import org.prolotrack.patient.PatientNotFoundException;
import org.prolotrack.patient.PatientRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers patients and changes their charts: access check and audit row first, then the rule check, then SQL. */
@Service
@Transactional
class PatientRegistryService implements PatientRegistry {

    private final PatientAccess access;
    private final PatientStore store;
    private final ChartQueries queries;
    private final ApplicationEventPublisher events;

    PatientRegistryService(PatientAccess access, PatientStore store, ChartQueries queries, ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.events = events;
    }

    @Override
    public UUID register(UUID clinicId, Demographics d) {
        var clinic = access.clinicForRegistration(clinicId);
        EntryRules.check(d);
        if (store.mrnTaken(clinic, d.mrn().trim(), null)) {
            throw PatientDataException.duplicateMrn(d.mrn().trim());
        }
        var id = UUID.randomUUID();
        try {
            store.insert(PatientStore.INSERT_PATIENT, PatientStore.patient(id, clinic, d, by()));
        } catch (DuplicateKeyException raced) {
            throw PatientDataException.duplicateMrn(d.mrn().trim());
        }
        access.audited("PATIENT_CREATE", id, "mrn=" + d.mrn().trim());
        return id;
    }

    @Override
    public int version(UUID patientId) {
        access.requireRead(patientId, "PATIENT_READ");
        return queries.version(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    @Override
    public void updateDemographics(UUID patientId, int expectedVersion, Demographics d) {
        access.requireChange(patientId, "PATIENT_UPDATE", "demographics");
        EntryRules.check(d);
        var clinic = store.clinicOf(patientId);
        if (store.mrnTaken(clinic, d.mrn().trim(), patientId)) {
            throw PatientDataException.duplicateMrn(d.mrn().trim());
        }
        var before = queries.chart(patientId).orElseThrow();
        try {
            store.updateDemographics(patientId, expectedVersion, d, by());
        } catch (DuplicateKeyException raced) {
            throw PatientDataException.duplicateMrn(d.mrn().trim());
        }
        if (!same(before.weightKg(), d.weightKg()) || !Objects.equals(before.weightMeasuredOn(), d.weightMeasuredOn())) {
            events.publishEvent(new PatientFactsChanged(patientId, What.WEIGHT));
        }
    }

    @Override
    public void recordWeight(UUID patientId, BigDecimal weightKg, LocalDate measuredOn) {
        access.requireChange(patientId, "WEIGHT_RECORD", weightKg + " kg on " + measuredOn);
        if (weightKg == null && measuredOn == null) {
            throw PatientDataException.invalid("weightKg", "Enter the weight and the date it was measured.");
        }
        EntryRules.checkWeight(weightKg, measuredOn);
        store.updateWeight(patientId, weightKg, measuredOn, by());
        events.publishEvent(new PatientFactsChanged(patientId, What.WEIGHT));
    }

    @Override
    public UUID addCondition(UUID patientId, ConditionEntry c) {
        access.requireChange(patientId, "CONDITION_ADD", describe(c.codeSystem(), c.code(), c.display()));
        EntryRules.check(c);
        return added(patientId, PatientStore.INSERT_CONDITION, PatientStore.condition(patientId, c, by()), What.CONDITIONS);
    }

    @Override
    public void editCondition(UUID patientId, UUID conditionId, ConditionEntry c, Integer expectedVersion) {
        access.requireChange(patientId, "CONDITION_EDIT", conditionId + ": " + describe(c.codeSystem(), c.code(), c.display()));
        EntryRules.check(c);
        found(store.updateCondition(patientId, conditionId, c, expectedVersion, by()), "condition", conditionId);
        events.publishEvent(new PatientFactsChanged(patientId, What.CONDITIONS));
    }

    @Override
    public void resolveCondition(UUID patientId, UUID conditionId, LocalDate abatementDate) {
        access.requireChange(patientId, "CONDITION_RESOLVE", conditionId + " on " + abatementDate);
        var on = abatementDate == null ? LocalDate.now() : abatementDate;
        EntryRules.notFuture("abatementDate", on);
        found(store.resolveCondition(patientId, conditionId, on, by()), "active condition (resolved on or after its onset)", conditionId);
        events.publishEvent(new PatientFactsChanged(patientId, What.CONDITIONS));
    }

    @Override
    public UUID addMedication(UUID patientId, MedicationEntry m) {
        access.requireChange(patientId, "MEDICATION_ADD", describe(m.codeSystem(), m.code(), m.display()));
        EntryRules.check(m);
        return added(patientId, PatientStore.INSERT_MEDICATION, PatientStore.medication(patientId, m, by()), What.MEDICATIONS);
    }

    @Override
    public void stopMedication(UUID patientId, UUID medicationId, LocalDate stopDate) {
        access.requireChange(patientId, "MEDICATION_STOP", medicationId + " on " + stopDate);
        var on = stopDate == null ? LocalDate.now() : stopDate;
        EntryRules.notFuture("stopDate", on);
        found(store.stopMedication(patientId, medicationId, on, by()), "active medication (stopped on or after its start)", medicationId);
        events.publishEvent(new PatientFactsChanged(patientId, What.MEDICATIONS));
    }

    @Override
    public UUID addAllergy(UUID patientId, AllergyEntry a) {
        access.requireChange(patientId, "ALLERGY_ADD", describe(a.codeSystem(), a.code(), a.substance()));
        EntryRules.check(a);
        return added(patientId, PatientStore.INSERT_ALLERGY, PatientStore.allergy(patientId, a, by()), What.ALLERGIES);
    }

    @Override
    public UUID addConservativeCare(UUID patientId, CareEntry c) {
        access.requireChange(patientId, "CARE_ADD", c.kind() + ": " + c.description());
        EntryRules.check(c);
        return added(patientId, PatientStore.INSERT_CARE, PatientStore.care(patientId, c, by()), null);
    }

    @Override
    public UUID addImaging(UUID patientId, ImagingEntry i) {
        access.requireChange(patientId, "IMAGING_ADD", i.modality() + " " + i.bodySite() + " " + i.studyDate());
        EntryRules.check(i);
        return added(patientId, PatientStore.INSERT_IMAGING, PatientStore.imaging(patientId, i, by()), null);
    }

    @Override
    public void voidEntry(UUID patientId, EntryKind kind, UUID entryId, String reason) {
        access.requireChange(patientId, kind + "_VOID", entryId + ": " + reason);
        if (reason == null || reason.isBlank()) {
            throw PatientDataException.invalid("reason", "Say why the entry is voided.");
        }
        if (reason.length() > 300) {
            throw PatientDataException.invalid("reason", "Keep the reason under 300 characters.");
        }
        found(store.voidEntry(patientId, kind, entryId, reason.trim(), by()), kind.name().toLowerCase().replace('_', ' '), entryId);
        switch (kind) {
            case CONDITION -> events.publishEvent(new PatientFactsChanged(patientId, What.CONDITIONS));
            case MEDICATION -> events.publishEvent(new PatientFactsChanged(patientId, What.MEDICATIONS));
            case ALLERGY -> events.publishEvent(new PatientFactsChanged(patientId, What.ALLERGIES));
            default -> { }
        }
    }

    private UUID added(UUID patientId, String sql, Map<String, Object> row, What what) {
        store.insert(sql, row);
        if (what != null) {
            events.publishEvent(new PatientFactsChanged(patientId, what));
        }
        return (UUID) row.get("id");
    }

    private static void found(boolean changed, String what, UUID id) {
        if (!changed) {
            throw new EntryNotFoundException(what, id);
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(String system, String code, String display) {
        return system + " " + (code == null ? "" : code) + " " + display;
    }

    private String by() {
        return access.user().username();
    }
}
