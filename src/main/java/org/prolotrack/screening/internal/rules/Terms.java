package org.prolotrack.screening.internal.rules;

import java.util.List;
import java.util.Locale;

/** Display-text matching: a term matches at a word start; terms of four letters or fewer must match a whole word. */
final class Terms {

    private Terms() {
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    static boolean contains(String haystackLower, String termLower) {
        if (termLower.isEmpty() || haystackLower.isEmpty()) {
            return false;
        }
        int from = 0;
        int at;
        while ((at = haystackLower.indexOf(termLower, from)) >= 0) {
            boolean start = at == 0 || !Character.isLetterOrDigit(haystackLower.charAt(at - 1));
            int end = at + termLower.length();
            boolean whole = end == haystackLower.length() || !Character.isLetter(haystackLower.charAt(end));
            if (start && (termLower.length() > 4 || whole)) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    static boolean containsAny(String haystackLower, List<String> termsLower) {
        for (var t : termsLower) {
            if (contains(haystackLower, t)) {
                return true;
            }
        }
        return false;
    }

    static List<String> lowerAll(List<String> terms) {
        return terms == null ? List.of() : terms.stream().map(Terms::lower).toList();
    }
}
