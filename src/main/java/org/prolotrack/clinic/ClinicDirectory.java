package org.prolotrack.clinic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and sets up the clinics of the network. */
public interface ClinicDirectory {

    List<Clinic> clinics();

    Optional<Clinic> clinic(UUID id);

    List<Provider> providers(UUID clinicId);

    Optional<Provider> provider(UUID id);

    List<Room> rooms(UUID clinicId);

    List<Equipment> equipment(UUID clinicId);

    record NewClinic(String code, String name, String timeZone, String address, String phone, String email,
                     String currency) { }

    record NewProvider(UUID clinicId, String givenName, String familyName, String credentials, String specialty,
                       String licenceNumber, String licenceState, String email) { }

    UUID addClinic(NewClinic clinic);

    UUID addProvider(NewProvider provider);

    UUID addRoom(UUID clinicId, String name, Room.Kind kind);

    UUID addEquipment(UUID clinicId, UUID roomId, Equipment.Kind kind, String name);
}
