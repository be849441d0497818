package org.prolotrack.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt for every password check, remembered for a few minutes once it succeeded.
 *
 * <p>An API client signs in with HTTP Basic on every request, and one bcrypt check costs tens of milliseconds of CPU
 * — under load it was four of every ten CPU samples. A successful check is remembered as an HMAC of the stored hash
 * and the password under a key made at start and never stored, so the memory holds nothing that checks a password
 * outside this process; a failed check is never remembered, a new password (a new stored hash) is checked afresh,
 * and a locked or disabled account is refused before its password is looked at.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder hashes;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    VerifiedPasswords(PasswordEncoder hashes, Clock clock) {
        this.hashes = hashes;
        this.clock = clock;
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashes.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        var proof = proof(rawPassword, encodedPassword);
        var now = clock.instant();
        synchronized (verified) {
            var until = verified.get(proof);
            if (until != null && now.isBefore(until)) {
                return true;
            }
            verified.remove(proof);
        }
        boolean matches = hashes.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(proof, now.plus(REMEMBERED_FOR));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    private String proof(CharSequence rawPassword, String encodedPassword) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
