package org.prolotrack.scheduling.internal.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a clinic's demand for tests and the benchmark: weekday working hours 08:00-17:00 over a horizon
 * starting on a Monday, one weekday off per provider, some series with two linked sessions 14-28 days apart.
 */
public final class DemandGenerator {

    private DemandGenerator() {
    }

    public static SchedulingProblem generate(long seed, int sessions, int providerCount, int roomCount, int days) {
        var random = new Random(seed);
        var grains = new ArrayList<TimeGrain>();
        for (int d = 0; d < days; d++) {
            if (d % 7 < 5) {
                for (int m = 8 * 60; m < 17 * 60; m += 15) {
                    grains.add(new TimeGrain(d * TimeGrain.MINUTES_PER_DAY + m));
                }
            }
        }
        var providers = new ArrayList<PlannedProvider>();
        for (int i = 0; i < providerCount; i++) {
            var windows = new ArrayList<int[]>();
            int dayOff = i % 5; // a weekday off, spread over the week
            for (int d = 0; d < days; d++) {
                if (d % 7 < 5 && d % 7 != dayOff) {
                    windows.add(new int[] {d * 1440 + 8 * 60, d * 1440 + 17 * 60});
                }
            }
            providers.add(new PlannedProvider(new UUID(1, i), "Provider " + (i + 1), windows));
        }
        var rooms = new ArrayList<PlannedRoom>();
        for (int i = 0; i < roomCount - 1; i++) {
            rooms.add(new PlannedRoom(new UUID(2, i), "Procedure " + (char) ('A' + i), false));
        }
        rooms.add(new PlannedRoom(new UUID(2, 99), "Fluoroscopy suite", true));

        var visits = new ArrayList<SessionVisit>();
        int patient = 0;
        while (visits.size() < sessions) {
            patient++;
            var patientId = new UUID(3, patient);
            var planId = new UUID(4, patient);
            // popular providers get more series than others
            var preferred = providers.get(Math.min(providerCount - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * providerCount / 2.5)));
            var part = switch (random.nextInt(10)) {
                case 0, 1, 2 -> SessionVisit.PartOfDay.MORNING;
                case 3, 4 -> SessionVisit.PartOfDay.AFTERNOON;
                default -> SessionVisit.PartOfDay.ANY;
            };
            boolean fluoro = random.nextInt(100) < 8;
            boolean two = days >= 22 && visits.size() < sessions - 1 && random.nextInt(100) < 40;
            int firstStart = random.nextInt(two ? 6 : Math.max(1, days - 14));
            int windowEnd = Math.min(days - 1, firstStart + 7 + random.nextInt(8));
            var first = new SessionVisit(patient + "-1", planId, patientId, "Patient " + patient, 1,
                    minutes(random), fluoro, firstStart, windowEnd, 14, 28, preferred.id(), part, null);
            visits.add(first);
            if (two) {
                visits.add(new SessionVisit(patient + "-2", planId, patientId, "Patient " + patient, 2,
                        minutes(random), fluoro, firstStart + 14, days - 1, 14, 28, preferred.id(), part, first));
            }
        }
        return new SchedulingProblem(grains, providers, rooms, new ArrayList<>(), visits);
    }

    /** 30, 45 or 60 minutes, as the number of planned sites would give. */
    private static int minutes(Random random) {
        int r = random.nextInt(100);
        return r < 50 ? 30 : r < 85 ? 45 : 60;
    }

    public static List<SessionVisit> copy(List<SessionVisit> in) {
        return new ArrayList<>(in);
    }
}
