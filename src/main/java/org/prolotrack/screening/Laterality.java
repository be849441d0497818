package org.prolotrack.screening;

import java.util.Locale;

/** Side of the body of a planned site or a condition. */
public enum Laterality {
    LEFT, RIGHT, BILATERAL, MIDLINE;

    /** Null or blank gives null; otherwise the name, case-insensitive; anything else is a bad request. */
    public static Laterality parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown laterality '" + s + "' (use LEFT, RIGHT, BILATERAL or MIDLINE)");
        }
    }

    /** Could a thing on side {@code a} be at a site on side {@code b}? Unknown, bilateral and midline are compatible with anything. */
    public static boolean compatible(Laterality a, Laterality b) {
        return a == null || b == null || a == BILATERAL || b == BILATERAL || a == MIDLINE || b == MIDLINE || a == b;
    }
}
