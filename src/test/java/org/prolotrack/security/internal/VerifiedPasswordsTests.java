package org.prolotrack.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTests {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final VerifiedPasswords passwords = new VerifiedPasswords(counting, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aPasswordThatMatchedIsNotHashedAgainOnTheNextRequest() {
        var hash = passwords.encode("correct horse");

        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsHashedAndRefusedEveryTime() {
        var hash = passwords.encode("correct horse");
        passwords.matches("correct horse", hash);

        assertThat(passwords.matches("correct horsf", hash)).isFalse();
        assertThat(passwords.matches("correct horsf", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsCheckedAgainstTheNewHashAndRefused() {
        var old = passwords.encode("correct horse");
        passwords.matches("correct horse", old);
        var changed = passwords.encode("battery staple");

        assertThat(passwords.matches("correct horse", changed)).isFalse();
        assertThat(passwords.matches("battery staple", changed)).isTrue();
    }

    @Test
    void aRememberedCheckIsHashedAgainOnceItsMinutesHavePassed() {
        var hash = passwords.encode("correct horse");
        passwords.matches("correct horse", hash);
        now = now.plus(VerifiedPasswords.REMEMBERED_FOR).plus(Duration.ofSeconds(1));

        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }
}
