package org.prolotrack.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.security.CurrentUsers;
import org.prolotrack.security.PersonalLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcPersonalLinks implements PersonalLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    JdbcPersonalLinks(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public String issue(UUID patientId, String purpose, UUID subjectId, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("A personal link must be valid for some time");
        }
        var bytes = new byte[32]; // 256 bits
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        // a link sent again replaces the one sent before: the older message no longer opens anything
        jdbc.sql("""
                update personal_link set closed_at = :now, changed_at = :now, changed_by = :by
                where purpose = :purpose and subject_id = :subject and closed_at is null""")
                .param("now", now).param("by", by).param("purpose", purpose).param("subject", subjectId).update();
        jdbc.sql("""
                insert into personal_link (token_hash, patient_id, purpose, subject_id, expires_at,
                    created_at, created_by, changed_at, changed_by)
                values (:hash, :patient, :purpose, :subject, :expires, :now, :by, :now, :by)""")
                .param("hash", hash(token)).param("patient", patientId).param("purpose", purpose)
                .param("subject", subjectId).param("expires", now.plus(validFor)).param("now", now).param("by", by)
                .update();
        return token;
    }

    @Override
    public Optional<PersonalLink> resolve(String token, String purpose) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select * from personal_link
                where token_hash = :hash and purpose = :purpose and closed_at is null and expires_at > :now""")
                .param("hash", hash(token)).param("purpose", purpose)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .query((rs, i) -> {
                    var used = rs.getObject("used_at", OffsetDateTime.class);
                    return new PersonalLink(rs.getObject("patient_id", UUID.class), rs.getString("purpose"),
                            rs.getObject("subject_id", UUID.class),
                            rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                            used == null ? null : used.toInstant());
                })
                .optional();
    }

    @Override
    public void markUsed(String token) {
        jdbc.sql("update personal_link set used_at = :now, changed_at = :now, changed_by = 'patient-link' where token_hash = :hash")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("hash", hash(token)).update();
    }

    @Override
    public void close(String token) {
        jdbc.sql("update personal_link set closed_at = :now, changed_at = :now, changed_by = 'patient-link' where token_hash = :hash")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("hash", hash(token)).update();
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
