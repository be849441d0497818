package org.prolotrack.scheduling.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prolotrack.clinic.Room;
import org.prolotrack.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/** Appointment types and their durations, from the knowledge file scheduling/appointment-types.json. */
@Component
public class AppointmentTypes {

    public static final String SESSION = "PROLOTHERAPY_SESSION";

    public record Type(String code, String name, List<Room.Kind> roomKinds, int defaultMinutes, int minMinutes,
                       int maxMinutes, List<int[]> minutesBySites, boolean fluoroscopyNeedsSuite) {

        /** Minutes for a session with this many planned injection sites. */
        public int minutesFor(int sites) {
            for (var step : minutesBySites) {
                if (sites <= step[0]) {
                    return step[1];
                }
            }
            return defaultMinutes;
        }
    }

    private final Map<String, Type> types = new LinkedHashMap<>();
    private final String version;

    public AppointmentTypes(KnowledgeBase knowledge) {
        var file = knowledge.file("scheduling/appointment-types.json");
        version = file.version();
        for (var t : file.root().get("types")) {
            var kinds = t.get("roomKinds").valueStream().map(k -> Room.Kind.valueOf(k.asString())).toList();
            int def = t.get("defaultMinutes").asInt();
            var steps = t.has("minutesBySites")
                    ? t.get("minutesBySites").valueStream()
                            .map(s -> new int[] {s.get("upToSites").asInt(), s.get("minutes").asInt()}).toList()
                    : List.<int[]>of();
            types.put(t.get("code").asString(), new Type(t.get("code").asString(), t.get("name").asString(),
                    kinds, def, t.has("minMinutes") ? t.get("minMinutes").asInt() : def,
                    t.has("maxMinutes") ? t.get("maxMinutes").asInt() : def, steps,
                    t.has("fluoroscopyNeedsSuite") && t.get("fluoroscopyNeedsSuite").asBoolean()));
        }
    }

    /** The type, or 400 when the code is unknown. */
    public Type get(String code) {
        var t = code == null ? null : types.get(code);
        if (t == null) {
            throw new IllegalArgumentException("Unknown appointment type '" + code + "'; known: " + types.keySet());
        }
        return t;
    }

    public List<Type> all() {
        return List.copyOf(types.values());
    }

    public String version() {
        return version;
    }
}
