package org.prolotrack.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.notification.OutgoingMail;
import org.prolotrack.notification.Outbox;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final MailDispatcher dispatcher;

    JdbcOutbox(JdbcClient jdbc, CurrentUsers users, MailDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.users = users;
        this.dispatcher = dispatcher;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID enqueue(OutgoingMail mail) {
        if (mail.to() == null || mail.to().isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a recipient");
        }
        var existing = jdbc.sql("select id from mail_outbox where dedup_key = :k").param("k", mail.dedupKey())
                .query(UUID.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = users.currentOrSystem().username();
        jdbc.sql("""
                insert into mail_outbox (id, dedup_key, recipient, subject, text_body, html_body, patient_id, clinic_id,
                    state, attempts, next_attempt_at, created_at, created_by, changed_at, changed_by)
                values (:id, :k, :to, :subject, :text, :html, :patient, :clinic, 'PENDING', 0, :now, :now, :by, :now, :by)""")
                .param("id", id).param("k", mail.dedupKey()).param("to", mail.to()).param("subject", mail.subject())
                .param("text", mail.textBody()).param("html", mail.htmlBody()).param("patient", mail.patientId())
                .param("clinic", mail.clinicId()).param("now", now).param("by", by).update();
        for (var a : mail.attachments()) {
            jdbc.sql("insert into mail_attachment (id, mail_id, file_name, content_type, content) values (:id, :mail, :name, :type, :content)")
                    .param("id", UUID.randomUUID()).param("mail", id).param("name", a.fileName())
                    .param("type", a.contentType()).param("content", a.content()).update();
        }
        return id;
    }

    @Override
    public List<Entry> problems(UUID clinicId) {
        return jdbc.sql("""
                select * from mail_outbox
                where (clinic_id = :clinic or cast(:clinic as uuid) is null) and (state = 'FAILED' or (attempts > 0 and state <> 'SENT'))
                order by created_at desc limit 200""")
                .param("clinic", clinicId).query(JdbcOutbox::entry).list();
    }

    @Override
    public int sendDue() {
        return dispatcher.sendDue();
    }

    static Entry entry(ResultSet rs, int row) throws SQLException {
        var sent = rs.getObject("sent_at", OffsetDateTime.class);
        return new Entry(rs.getObject("id", UUID.class), rs.getString("dedup_key"), rs.getString("recipient"),
                rs.getString("subject"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                sent == null ? null : sent.toInstant(), rs.getObject("patient_id", UUID.class),
                rs.getObject("clinic_id", UUID.class));
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts, 10));
    }
}
