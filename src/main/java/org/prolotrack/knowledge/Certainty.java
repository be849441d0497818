package org.prolotrack.knowledge;

/** How sure we are of a fact (markers of clinical-reference.md). */
public enum Certainty {
    /** Read in the cited primary source. */
    V("V"),
    /** Read only in a secondary source. */
    V_SECONDARY("V-2°"),
    /** Not confirmed: configurable, never presented as settled. */
    UNVERIFIED("UNVERIFIED"),
    /** Arithmetic on verified inputs. */
    DERIVED("derived");

    private final String marker;

    Certainty(String marker) {
        this.marker = marker;
    }

    public String marker() {
        return marker;
    }

    public static Certainty ofMarker(String marker) {
        for (var c : values()) {
            if (c.marker.equalsIgnoreCase(marker) || c.name().equalsIgnoreCase(marker)) {
                return c;
            }
        }
        throw new KnowledgeException("Unknown certainty marker '" + marker + "' (use V, V-2°, UNVERIFIED or derived)");
    }
}
