package org.prolotrack.security.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The jti of every accepted CDS Hooks JWT, in the database (table {@code cds_hooks_jti}) until the token expires,
 * so that a token is accepted once across all instances. Rows of expired tokens are removed as new ones arrive.
 */
@Component
class CdsHooksJtiLedger {

    private final JdbcClient jdbc;

    CdsHooksJtiLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time this issuer's jti is seen; false for a replay. */
    boolean firstUse(String issuer, String jti, Instant expiresAt) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("delete from cds_hooks_jti where expires_at < :now").param("now", now).update();
        try {
            jdbc.sql("insert into cds_hooks_jti (issuer, jti, expires_at, created_at) values (:iss, :jti, :exp, :now)")
                    .param("iss", issuer).param("jti", jti).param("exp", expiresAt.atOffset(ZoneOffset.UTC))
                    .param("now", now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
