package org.prolotrack.clinic;

import java.util.UUID;

/** Imaging equipment used for needle guidance. A fluoroscope is fixed to its room; ultrasound machines move. */
public record Equipment(UUID id, UUID clinicId, UUID roomId, Kind kind, String name, boolean active) {

    public enum Kind { ULTRASOUND, FLUOROSCOPY }
}
