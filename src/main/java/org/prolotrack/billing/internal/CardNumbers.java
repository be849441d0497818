package org.prolotrack.billing.internal;

import java.util.regex.Pattern;

/**
 * Keeps card numbers out of ProloTrack: a card reference that contains something shaped like a payment card
 * number (13–19 digits, spaces or dashes allowed between them, passing the Luhn check) is refused.
 */
final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

    private CardNumbers() {
    }

    static boolean looksLikeACardNumber(String text) {
        if (text == null) {
            return false;
        }
        var joined = text.replaceAll("(?<=\\d)[ \\-]+(?=\\d)", "");
        var runs = DIGIT_RUN.matcher(joined);
        while (runs.find()) {
            var run = runs.group();
            if (run.length() >= 13 && run.length() <= 19 && luhnValid(run)) {
                return true;
            }
        }
        return false;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
