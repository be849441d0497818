package org.prolotrack.clinic;

import java.util.UUID;

/** A room: an exam room, a procedure room, or the fluoroscopy suite. */
public record Room(UUID id, UUID clinicId, String name, Kind kind, boolean active) {

    public enum Kind { EXAM, PROCEDURE, FLUOROSCOPY }
}
