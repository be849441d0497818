package org.prolotrack.patient.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.prolotrack.audit.AuditTrail;
import org.prolotrack.patient.PatientBulkRegistration;
import org.prolotrack.patient.PatientChangeForbiddenException;
import org.prolotrack.patient.PatientDataException;
import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers complete records in batches: every entry passes the same rules as a single registration. */
@Service
class BulkRegistrationService implements PatientBulkRegistration {

    private final PatientStore store;
    private final CurrentUsers users;
    private final AuditTrail audit;

    BulkRegistrationService(PatientStore store, CurrentUsers users, AuditTrail audit) {
        this.store = store;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<UUID> registerAll(List<Registration> registrations, String purpose) {
        var user = users.currentOrSystem();
        if (!user.is(Role.ADMIN)) {
            throw new PatientChangeForbiddenException();
        }
        var by = user.username();
        var ids = new ArrayList<UUID>(registrations.size());
        List<Map<String, Object>> patients = new ArrayList<>();
        List<Map<String, Object>> conditions = new ArrayList<>();
        List<Map<String, Object>> medications = new ArrayList<>();
        List<Map<String, Object>> allergies = new ArrayList<>();
        List<Map<String, Object>> care = new ArrayList<>();
        List<Map<String, Object>> imaging = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
        for (var r : registrations) {
            EntryRules.check(r.demographics());
            if (!seen.add(r.clinicId() + "/" + r.demographics().mrn().trim())
                    || store.mrnTaken(r.clinicId(), r.demographics().mrn().trim(), null)) {
                throw PatientDataException.duplicateMrn(r.demographics().mrn().trim());
            }
            var id = UUID.randomUUID();
            ids.add(id);
            patients.add(PatientStore.patient(id, r.clinicId(), r.demographics(), by));
            r.conditions().forEach(c -> { EntryRules.check(c); conditions.add(PatientStore.condition(id, c, by)); });
            r.medications().forEach(m -> { EntryRules.check(m); medications.add(PatientStore.medication(id, m, by)); });
            r.allergies().forEach(a -> { EntryRules.check(a); allergies.add(PatientStore.allergy(id, a, by)); });
            r.care().forEach(c -> { EntryRules.check(c); care.add(PatientStore.care(id, c, by)); });
            r.imaging().forEach(i -> { EntryRules.check(i); imaging.add(PatientStore.imaging(id, i, by)); });
        }
        store.insertAll(PatientStore.INSERT_PATIENT, patients);
        store.insertAll(PatientStore.INSERT_CONDITION, conditions);
        store.insertAll(PatientStore.INSERT_MEDICATION, medications);
        store.insertAll(PatientStore.INSERT_ALLERGY, allergies);
        store.insertAll(PatientStore.INSERT_CARE, care);
        store.insertAll(PatientStore.INSERT_IMAGING, imaging);
        ids.forEach(id -> audit.record("PATIENT_CREATE", id, purpose));
        return ids;
    }
}
