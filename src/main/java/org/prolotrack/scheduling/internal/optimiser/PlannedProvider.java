package org.prolotrack.scheduling.internal.optimiser;

import java.util.List;
import java.util.UUID;

/**
 * A provider as the optimiser sees them: when they work, as [start, end) minute intervals counted from the start
 * of the planning horizon (clinic wall clock), absences and closures already taken out.
 */
public record PlannedProvider(UUID id, String name, List<int[]> available) {

    /** Minutes of [start, end) that fall outside the provider's working time. */
    public int minutesUnavailable(int start, int end) {
        int covered = 0;
        for (var w : available) {
            int s = Math.max(start, w[0]);
            int e = Math.min(end, w[1]);
            if (e > s) {
                covered += e - s;
            }
        }
        return (end - start) - covered;
    }

    @Override
    public String toString() {
        return name;
    }
}
