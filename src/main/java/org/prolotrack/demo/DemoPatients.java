package org.prolotrack.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.prolotrack.demo.DemoCatalog.Code;
import org.prolotrack.demo.DemoCatalog.Indication;
import org.prolotrack.patient.PatientBulkRegistration;
import org.prolotrack.patient.PatientBulkRegistration.Registration;
import org.prolotrack.patient.PatientChart.Allergy.Criticality;
import org.prolotrack.patient.PatientChart.Condition.Status;
import org.prolotrack.patient.PatientChart.Laterality;
import org.prolotrack.patient.PatientChart.Sex;
import org.prolotrack.patient.PatientRegistry.AllergyEntry;
import org.prolotrack.patient.PatientRegistry.CareEntry;
import org.prolotrack.patient.PatientRegistry.ConditionEntry;
import org.prolotrack.patient.PatientRegistry.Demographics;
import org.prolotrack.patient.PatientRegistry.ImagingEntry;
import org.prolotrack.patient.PatientRegistry.MedicationEntry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo patients: the same {@link #COUNT} realistic records on every first start (fixed seed), spread over the two
 * clinics, with the complications screening must catch — anticoagulants (some stopped), lidocaine allergy, active
 * and resolved infections, no indication at all, no weight. Dates are relative to a fixed reference day so the
 * records are identical whatever day the demo starts.
 */
@Component
@ConditionalOnProperty(name = "prolotrack.demo.enabled", havingValue = "true")
class DemoPatients {

    static final int COUNT = 220;
    static final long SEED = 20_240_611L;
    /** All demo dates lie on or before this day. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 6, 2);

    private final PatientBulkRegistration bulk;

    DemoPatients(PatientBulkRegistration bulk) {
        this.bulk = bulk;
    }

    /** Registers the demo patients; returns the id of the first one (at Madison), whom the demo patient account reads. */
    UUID seed(UUID madison, UUID boulder) {
        var random = new Random(SEED);
        var registrations = new ArrayList<Registration>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            boolean atMadison = i % 5 < 3;
            var clinic = atMadison ? madison : boulder;
            var mrn = (atMadison ? "MAD-" : "BLD-") + String.format("%06d", 1000 + i);
            registrations.add(patient(random, i, clinic, mrn, atMadison));
        }
        return bulk.registerAll(registrations, "demo network").get(0);
    }

    private static Registration patient(Random r, int i, UUID clinic, String mrn, boolean atMadison) {
        var female = i == 0 || (i > 6 && r.nextInt(100) < 56);
        var sex = i > 6 && r.nextInt(100) == 0 ? Sex.OTHER : (female ? Sex.FEMALE : Sex.MALE);
        var given = pick(r, female ? DemoCatalog.GIVEN_FEMALE : DemoCatalog.GIVEN_MALE);
        var family = pick(r, DemoCatalog.FAMILY);
        if (i == 0) {
            given = "Karin";
            family = "Holm";
        }
        var birth = REFERENCE_DAY.minusYears(28 + r.nextInt(55)).minusDays(r.nextInt(365));
        var noWeight = i % 13 == 6;
        var weight = noWeight ? null : BigDecimal.valueOf((female ? 520 : 650) + r.nextInt(480), 1);
        var weighed = noWeight ? null : REFERENCE_DAY.minusDays(r.nextInt(700));
        var email = (given + "." + family + "@example.com").toLowerCase().replace("'", "");
        var phone = (atMadison ? "+1 608 555 0" : "+1 303 555 0") + String.format("%03d", r.nextInt(200));
        var street = pick(r, atMadison ? DemoCatalog.MAD_STREETS : DemoCatalog.BLD_STREETS);
        var address = (100 + r.nextInt(2800)) + " " + street + (atMadison ? ", Madison, WI" : ", Boulder, CO");
        var demographics = new Demographics(mrn, given, family, birth, sex, phone, email, address, weight, weighed, null);

        var conditions = new ArrayList<ConditionEntry>();
        var medications = new ArrayList<MedicationEntry>();
        var allergies = new ArrayList<AllergyEntry>();
        var care = new ArrayList<CareEntry>();
        var imaging = new ArrayList<ImagingEntry>();

        var noIndication = i % 11 == 4;
        if (!noIndication) {
            var first = i == 0 ? DemoCatalog.INDICATIONS.get(0) : pick(r, DemoCatalog.INDICATIONS);
            indication(r, first, conditions, care, imaging);
            if (r.nextInt(100) < 15) {
                var second = pick(r, DemoCatalog.INDICATIONS);
                if (!second.code().code().equals(first.code().code())) {
                    indication(r, second, conditions, care, imaging);
                }
            }
        }
        if (r.nextInt(100) < 35) {
            var c = pick(r, DemoCatalog.COMORBIDITIES);
            conditions.add(new ConditionEntry(c.system(), c.code(), c.display(), null, null, past(r, 3000), Status.ACTIVE, null));
            medications.add(medication(comorbidityDrug(c), past(r, 2500), null, null));
        }
        // complications: the profile of patient i is fixed by i, its details by the seeded random
        var anticoagulated = i % 12 == 1;
        var stoppedAnticoagulant = i % 17 == 2;
        if (anticoagulated || stoppedAnticoagulant) {
            var reason = pick(r, DemoCatalog.ANTICOAGULATION_REASONS);
            var since = past(r, 2000);
            conditions.add(new ConditionEntry(reason.system(), reason.code(), reason.display(), null, null, since, Status.ACTIVE, null));
            var drug = i == 1 ? DemoCatalog.ANTICOAGULANTS.get(0) : pick(r, DemoCatalog.ANTICOAGULANTS);
            var stop = stoppedAnticoagulant && !anticoagulated ? REFERENCE_DAY.minusDays(30 + r.nextInt(400)) : null;
            medications.add(medication(drug, since.plusDays(7), stop, null));
        }
        if (i % 19 == 3) {
            allergies.add(new AllergyEntry(DemoCatalog.LIDOCAINE.system(), DemoCatalog.LIDOCAINE.code(), "lidocaine",
                    r.nextBoolean() ? "urticaria" : "facial swelling", r.nextBoolean() ? Criticality.HIGH : Criticality.LOW));
        } else if (r.nextInt(100) < 12) {
            allergies.add(new AllergyEntry("TEXT", null, r.nextBoolean() ? "penicillin" : "latex", "rash", Criticality.LOW));
        }
        if (i % 23 == 4) {
            var c = r.nextBoolean() ? DemoCatalog.CELLULITIS : DemoCatalog.CELLULITIS_SNOMED;
            conditions.add(new ConditionEntry(c.system(), c.code(), c.display(), "lower leg", Laterality.RIGHT,
                    REFERENCE_DAY.minusDays(3 + r.nextInt(10)), Status.ACTIVE, null));
        }
        if (i % 16 == 9) {
            var c = r.nextBoolean() ? DemoCatalog.UTI : DemoCatalog.CELLULITIS;
            var onset = REFERENCE_DAY.minusDays(120 + r.nextInt(600));
            conditions.add(new ConditionEntry(c.system(), c.code(), c.display(), null, null, onset, Status.RESOLVED, onset.plusDays(14)));
        }
        if (!noIndication && r.nextInt(100) < 30) {
            medications.add(medication(pick(r, DemoCatalog.NSAIDS), past(r, 900), null, "as needed"));
        }
        if (r.nextInt(100) < 10) {
            medications.add(medication(DemoCatalog.OTHER_MEDICATIONS.get(0), past(r, 1500), null, "81 mg daily"));
        }
        return new Registration(clinic, demographics, conditions, medications, allergies, care, imaging);
    }

    private static void indication(Random r, Indication ind, List<ConditionEntry> conditions, List<CareEntry> care,
                                   List<ImagingEntry> imaging) {
        var onset = REFERENCE_DAY.minusDays(200 + r.nextInt(2500));
        conditions.add(new ConditionEntry(ind.code().system(), ind.code().code(), ind.code().display(), ind.bodySite(),
                ind.laterality(), onset, Status.ACTIVE, null));
        var from = onset.plusDays(30);
        for (var tried : ind.care()) {
            var to = from.plusWeeks(6 + r.nextInt(10));
            if (to.isAfter(REFERENCE_DAY)) {
                to = REFERENCE_DAY;
            }
            care.add(new CareEntry(tried.kind(), tried.description(), from, to, tried.helped()));
            from = to.plusDays(10);
            if (from.isAfter(REFERENCE_DAY)) {
                break;
            }
        }
        if (ind.study() != null && r.nextInt(100) < 80) {
            var date = onset.plusDays(20 + r.nextInt(120));
            imaging.add(new ImagingEntry(ind.study().modality(), ind.study().bodySite(),
                    date.isAfter(REFERENCE_DAY) ? REFERENCE_DAY : date, ind.study().summary()));
        }
    }

    private static Code comorbidityDrug(Code condition) {
        return switch (condition.code()) {
            case "I10" -> DemoCatalog.OTHER_MEDICATIONS.get(1);
            case "E11.9" -> DemoCatalog.OTHER_MEDICATIONS.get(2);
            case "E78.5" -> DemoCatalog.OTHER_MEDICATIONS.get(3);
            default -> DemoCatalog.OTHER_MEDICATIONS.get(4);
        };
    }

    private static MedicationEntry medication(Code drug, LocalDate start, LocalDate stop, String dosage) {
        var begin = stop != null && start.isAfter(stop) ? stop.minusDays(90) : start;
        return new MedicationEntry(drug.system(), drug.code(), drug.display(), dosage, begin, stop);
    }

    private static LocalDate past(Random r, int maxDays) {
        return REFERENCE_DAY.minusDays(30 + r.nextInt(maxDays));
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
