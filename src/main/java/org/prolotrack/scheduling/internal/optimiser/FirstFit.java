package org.prolotrack.scheduling.internal.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A first-fit greedy scheduler: each session, in order of its window, takes the earliest start, the first
 * provider and the first room that break no hard rule. It is the baseline the optimiser is measured against,
 * and the optimiser's starting point.
 */
public final class FirstFit {

    private static final int GRANULE = 5;
    private static final UUID FLUOROSCOPE = new UUID(0, 1);

    private FirstFit() {
    }

    /** Assigns every session of the problem (in place); a session that fits nowhere gets the first values. */
    public static SchedulingProblem assign(SchedulingProblem p) {
        return assign(p, false);
    }

    /**
     * With {@code preferences}, each session tries its series' provider and its preferred time of day first, and
     * otherwise the least-loaded provider: the optimiser's construction. Without, plain first fit: the baseline.
     */
    public static SchedulingProblem assign(SchedulingProblem p, boolean preferences) {
        int horizon = p.getGrains().stream().mapToInt(TimeGrain::minute).max().orElse(0) + 24 * 60;
        Map<UUID, boolean[]> busy = new HashMap<>();
        for (var b : p.getBusy()) {
            mark(busy, b.resourceId(), b.start(), b.end(), horizon);
        }
        var order = new ArrayList<>(p.getSessions());
        order.sort(Comparator.comparingInt(SessionVisit::getSessionNumber)
                .thenComparingInt(SessionVisit::getWindowStartDay).thenComparing(SessionVisit::getId));
        for (var s : order) {
            if (!place(p, s, busy, horizon, preferences ? ordered(p, s) : p.getProviders(),
                    preferences ? preferredFirst(p.getGrains(), s) : p.getGrains())) {
                s.setStart(p.getGrains().get(0));
                s.setProvider(p.getProviders().get(0));
                s.setRoom(p.getRooms().get(0));
            }
        }
        return p;
    }

    private static List<PlannedProvider> ordered(SchedulingProblem p, SessionVisit s) {
        var load = new HashMap<PlannedProvider, Integer>();
        for (var o : p.getSessions()) {
            if (o.getProvider() != null) {
                load.merge(o.getProvider(), o.getDurationMinutes(), Integer::sum);
            }
        }
        var providers = new ArrayList<>(p.getProviders());
        providers.sort(Comparator.comparing((PlannedProvider x) -> !x.id().equals(s.getPreferredProviderId()))
                .thenComparing(x -> load.getOrDefault(x, 0)));
        return providers;
    }

    private static List<TimeGrain> preferredFirst(List<TimeGrain> grains, SessionVisit s) {
        if (s.getPreferredPartOfDay() == SessionVisit.PartOfDay.ANY) {
            return grains;
        }
        var probe = new SessionVisit("probe", null, null, null, 1, s.getDurationMinutes(), false, 0, 0, 0, 0, null,
                s.getPreferredPartOfDay(), null);
        var sorted = new ArrayList<>(grains);
        sorted.sort(Comparator.comparing((TimeGrain g) -> {
            probe.setStart(g);
            return probe.outsidePreferredPartOfDay();
        }).thenComparingInt(TimeGrain::minute));
        return sorted;
    }

    private static boolean place(SchedulingProblem p, SessionVisit s, Map<UUID, boolean[]> busy, int horizon,
                                 List<PlannedProvider> providers, List<TimeGrain> grains) {
        int fromDay = s.getWindowStartDay();
        int toDay = s.getWindowEndDay();
        var prev = s.getPrevious();
        if (prev != null && prev.getStart() != null) {
            fromDay = prev.day() + s.getIntervalMinDays();
            toDay = prev.day() + s.getIntervalMaxDays();
        }
        for (var g : grains) {
            if (g.day() < fromDay || g.day() > toDay) {
                continue;
            }
            int start = g.minute();
            int end = start + s.getDurationMinutes();
            if (end > horizon || taken(busy, s.getPatientId(), start, end)) {
                continue;
            }
            for (var provider : providers) {
                if (provider.minutesUnavailable(start, end) > 0 || taken(busy, provider.id(), start, end)) {
                    continue;
                }
                for (var room : p.getRooms()) {
                    if ((s.isNeedsFluoroscopy() && !room.fluoroscopy()) || taken(busy, room.id(), start, end)) {
                        continue;
                    }
                    if (s.isNeedsFluoroscopy() && taken(busy, FLUOROSCOPE, start, end)) {
                        continue;
                    }
                    s.setStart(g);
                    s.setProvider(provider);
                    s.setRoom(room);
                    for (UUID key : List.of(provider.id(), room.id(), s.getPatientId())) {
                        mark(busy, key, start, end, horizon);
                    }
                    if (s.isNeedsFluoroscopy()) {
                        mark(busy, FLUOROSCOPE, start, end, horizon);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean taken(Map<UUID, boolean[]> busy, UUID key, int start, int end) {
        var slots = busy.get(key);
        if (slots == null) {
            return false;
        }
        for (int m = start / GRANULE; m < (end + GRANULE - 1) / GRANULE && m < slots.length; m++) {
            if (slots[m]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Map<UUID, boolean[]> busy, UUID key, int start, int end, int horizon) {
        var slots = busy.computeIfAbsent(key, k -> new boolean[horizon / GRANULE + 1]);
        for (int m = Math.max(0, start / GRANULE); m < (end + GRANULE - 1) / GRANULE && m < slots.length; m++) {
            slots[m] = true;
        }
    }
}
