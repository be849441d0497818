package org.prolotrack.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.prolotrack.audit.AuditEntry;
import org.prolotrack.audit.AuditLog;
import org.prolotrack.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JdbcAuditTrail implements AuditTrail, AuditLog {

    private final JdbcClient jdbc;
    private final JdbcClient separately;

    JdbcAuditTrail(JdbcClient jdbc, AuditConnections own) {
        this.jdbc = jdbc;
        this.separately = JdbcClient.create(own.dataSource());
    }

    @Override
    public void record(String action, UUID patientId, String detail) {
        recordAs(currentAccount(), action, patientId, detail);
    }

    private static String currentAccount() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    /**
     * Appends the row in the caller's transaction — or, when the caller reads in a read-only transaction (where
     * PostgreSQL refuses the insert), committed at once on a connection of the audit trail's own.
     */
    @Override
    public void recordAs(String account, String action, UUID patientId, String detail) {
        append(TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? separately : jdbc, account, action,
                patientId, detail);
    }

    @Override
    public void recordRegardless(String action, UUID patientId, String detail) {
        append(separately, currentAccount(), action, patientId, detail);
    }

    private static void append(JdbcClient jdbc, String account, String action, UUID patientId, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, account, action, patient_id, detail, client_address)
                values (:at, :account, :action, :patient, :detail, :address)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("account", truncate(account, 100))
                .param("action", truncate(action, 60))
                .param("patient", patientId)
                .param("detail", truncate(detail, 500))
                .param("address", clientAddress())
                .update();
    }

    @Override
    public Page search(UUID patientId, String account, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 200));
        int safePage = Math.max(0, page);
        var acct = account == null || account.isBlank() ? null : account.trim();
        var where = " where (cast(:patient as uuid) is null or patient_id = :patient)"
                + " and (cast(:account as varchar) is null or account = :account)";
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .param("patient", patientId).param("account", acct).query(Long.class).single();
        var items = jdbc.sql("select * from audit_event" + where + " order by id desc limit :size offset :offset")
                .param("patient", patientId).param("account", acct)
                .param("size", safeSize).param("offset", safePage * safeSize)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("account"),
                        rs.getString("action"), rs.getObject("patient_id", UUID.class), rs.getString("detail"),
                        rs.getString("client_address")))
                .list();
        return new Page(items, total, safePage, safeSize);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return truncate(attrs.getRequest().getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
