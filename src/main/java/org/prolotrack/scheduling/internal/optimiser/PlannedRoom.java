package org.prolotrack.scheduling.internal.optimiser;

import java.util.UUID;

/** A room the optimiser may use; the fluoroscopy suite holds the fluoroscope. */
public record PlannedRoom(UUID id, String name, boolean fluoroscopy) {

    @Override
    public String toString() {
        return name;
    }
}
