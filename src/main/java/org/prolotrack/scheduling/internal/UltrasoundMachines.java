package org.prolotrack.scheduling.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Equipment;
import org.prolotrack.plan.TreatmentPlans;
import org.prolotrack.scheduling.Appointments.BookingRequest;
import org.springframework.stereotype.Component;

/**
 * Which ultrasound machines a session may use: a machine fixed in the booked room first, then the clinic's
 * portable ones (no room). Machines fixed in another room are not carried around. A booking needs one when staff
 * ask for it or when its plan has an ultrasound-guided target.
 */
@Component
class UltrasoundMachines {

    static final String GUIDANCE = "ULTRASOUND";

    private final ClinicDirectory clinics;
    private final TreatmentPlans plans;

    UltrasoundMachines(ClinicDirectory clinics, TreatmentPlans plans) {
        this.clinics = clinics;
        this.plans = plans;
    }

    boolean needed(BookingRequest r) {
        return r.ultrasound() || (r.planId() != null && plans.find(r.planId())
                .map(p -> p.targets().stream().anyMatch(t -> GUIDANCE.equals(t.guidance()))).orElse(false));
    }

    /** The machines usable in this room, in the order to try them. */
    List<UUID> candidates(UUID clinicId, UUID roomId) {
        return all(clinicId).stream()
                .filter(e -> e.roomId() == null || e.roomId().equals(roomId))
                .sorted(Comparator.comparing((Equipment e) -> e.roomId() == null).thenComparing(Equipment::name))
                .map(Equipment::id).toList();
    }

    /** Every active ultrasound machine of the clinic. */
    List<Equipment> all(UUID clinicId) {
        return clinics.equipment(clinicId).stream()
                .filter(e -> e.active() && e.kind() == Equipment.Kind.ULTRASOUND).toList();
    }
}
