package org.prolotrack.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.security.Accounts;
import org.prolotrack.security.CurrentUser;
import org.prolotrack.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountStore implements Accounts, UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountStore(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public UUID create(NewAccount a) {
        if (a.username() == null || a.username().isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into account (id, username, password_hash, display_name, role, clinic_id, patient_id,
                    provider_id, email, created_at, created_by, changed_at, changed_by)
                values (:id, :username, :hash, :display, :role, :clinic, :patient, :provider, :email,
                    :now, 'system', :now, 'system')""")
                .param("id", id).param("username", a.username().trim()).param("hash", passwords.encode(a.rawPassword()))
                .param("display", a.displayName()).param("role", a.role().name()).param("clinic", a.clinicId())
                .param("patient", a.patientId()).param("provider", a.providerId()).param("email", a.email())
                .param("now", now).update();
        return id;
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return principal(username).map(AccountPrincipal::user);
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return principal(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    private Optional<AccountPrincipal> principal(String username) {
        return jdbc.sql("select * from account where username = :u").param("u", username)
                .query(AccountStore::map).optional();
    }

    private static AccountPrincipal map(ResultSet rs, int row) throws SQLException {
        var user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getObject("clinic_id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("provider_id", UUID.class));
        var locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant());
    }

    /** A failed sign-in; the account locks for {@code lockFor} after {@code max} failures in a row. */
    @Transactional
    void recordFailure(String username, int max, java.time.Duration lockFor) {
        jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where username = :u")
                .param("u", username).update();
        jdbc.sql("""
                update account set locked_until = :until, failed_sign_ins = 0
                where username = :u and failed_sign_ins >= :max""")
                .param("until", OffsetDateTime.ofInstant(Instant.now().plus(lockFor), ZoneOffset.UTC))
                .param("u", username).param("max", max).update();
    }

    @Transactional
    void recordSuccess(String username) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where username = :u and (failed_sign_ins > 0 or locked_until is not null)")
                .param("u", username).update();
    }
}
