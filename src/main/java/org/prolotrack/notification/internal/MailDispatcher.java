package org.prolotrack.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due mail. Each message is first claimed with a conditional update, so with several instances only
 * one sends it; a claim expires (crash mid-send) and the message is picked up again.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final String from;
    private final int maxAttempts;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    MailDispatcher(JdbcClient jdbc, JavaMailSender sender,
                   @Value("${prolotrack.mail.from}") String from,
                   @Value("${prolotrack.mail.max-attempts:5}") int maxAttempts) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${prolotrack.mail.poll-ms:15000}", initialDelayString = "${prolotrack.mail.poll-ms:15000}")
    void scheduled() {
        sendDue();
    }

    int sendDue() {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var candidates = jdbc.sql("""
                select id from mail_outbox
                where (state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and claimed_until < :now)
                order by next_attempt_at limit 50""")
                .param("now", now).query(UUID.class).list();
        int sent = 0;
        for (var id : candidates) {
            if (claim(id) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(UUID id) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update mail_outbox set state = 'SENDING', claimed_by = :me, claimed_until = :until, changed_at = :now,
                    changed_by = 'mail-dispatcher'
                where id = :id and ((state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and claimed_until < :now))""")
                .param("me", instance).param("until", now.plus(CLAIM)).param("now", now).param("id", id)
                .update() == 1;
    }

    private boolean send(UUID id) {
        var row = jdbc.sql("select recipient, subject, text_body, html_body, attempts from mail_outbox where id = :id")
                .param("id", id).query().singleRow();
        try {
            var message = sender.createMimeMessage();
            var attachments = jdbc.sql("select file_name, content_type, content from mail_attachment where mail_id = :id")
                    .param("id", id).query().listOfRows();
            var helper = new MimeMessageHelper(message, !attachments.isEmpty() || row.get("html_body") != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo((String) row.get("recipient"));
            helper.setSubject((String) row.get("subject"));
            if (row.get("html_body") != null) {
                helper.setText((String) row.get("text_body"), (String) row.get("html_body"));
            } else {
                helper.setText((String) row.get("text_body"));
            }
            for (var a : attachments) {
                helper.addAttachment((String) a.get("file_name"), new ByteArrayResource((byte[]) a.get("content")),
                        (String) a.get("content_type"));
            }
            sender.send(message);
            jdbc.sql("""
                    update mail_outbox set state = 'SENT', sent_at = :now, attempts = attempts + 1, claimed_by = null,
                        claimed_until = null, last_error = null, changed_at = :now where id = :id and claimed_by = :me""")
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).param("me", instance).update();
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = ((Number) row.get("attempts")).intValue() + 1;
            var failed = attempts >= maxAttempts;
            log.warn("Could not send mail {} (attempt {}): {}", id, attempts, e.getMessage());
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("""
                    update mail_outbox set state = :state, attempts = :attempts, next_attempt_at = :next, claimed_by = null,
                        claimed_until = null, last_error = :error, changed_at = :now where id = :id""")
                    .param("state", failed ? "FAILED" : "PENDING").param("attempts", attempts)
                    .param("next", now.plus(JdbcOutbox.backoff(attempts))).param("error", truncate(e.getMessage()))
                    .param("now", now).param("id", id).update();
            return false;
        }
    }

    private static String truncate(String s) {
        return s == null ? "unknown error" : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
