package org.prolotrack.clinic;

import java.time.ZoneId;
import java.util.UUID;

/** A clinic of the network. */
public record Clinic(UUID id, String code, String name, ZoneId timeZone, String address, String phone,
                     String email, String currency) { }
