package org.prolotrack.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTests {

    @Test
    void aVisaTestNumberIsRecognisedWithOrWithoutSpacesAndDashes() {
        assertThat(CardNumbers.looksLikeACardNumber("4111111111111111")).isTrue();
        assertThat(CardNumbers.looksLikeACardNumber("4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.looksLikeACardNumber("paid with 4111-1111-1111-1111 today")).isTrue();
    }

    @Test
    void amexAndThirteenDigitNumbersAreRecognised() {
        assertThat(CardNumbers.looksLikeACardNumber("378282246310005")).isTrue(); // 15-digit Amex test number
        assertThat(CardNumbers.looksLikeACardNumber("4222222222222")).isTrue();   // 13-digit Visa test number
    }

    @Test
    void terminalReferencesAreAccepted() {
        assertThat(CardNumbers.looksLikeACardNumber("AUTH 0A91F3")).isFalse();
        assertThat(CardNumbers.looksLikeACardNumber("TXN-20260114-000381")).isFalse();
        assertThat(CardNumbers.looksLikeACardNumber("last4 1111")).isFalse();
    }

    @Test
    void sixteenDigitsFailingTheLuhnCheckAreNotACardNumber() {
        assertThat(CardNumbers.looksLikeACardNumber("4111111111111112")).isFalse();
    }
}
