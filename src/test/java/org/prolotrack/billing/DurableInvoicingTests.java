package org.prolotrack.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.prolotrack.procedure.ProcedurePerformed;
import org.prolotrack.seriesfixture.SeriesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed note is invoiced even when invoicing failed the first time: the module event stays in the event
 * publication registry until the invoicer completes, and is delivered again — on the next start
 * ({@code republish-outstanding-events-on-restart}) or, as here, when incomplete publications are resubmitted.
 */
@SpringBootTest
@WithUserDetails("staff")
class DurableInvoicingTests {

    @Autowired SeriesFixture fixture;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incomplete;

    @Test
    void aNoteWhoseInvoicingFailedIsInvoicedWhenItsEventIsDeliveredAgain() {
        var s = fixture.kneeSeries();
        var note = SeriesFixture.session(s, 1, LocalDate.of(2026, 3, 2));
        // the invoice table refuses this patient's invoice, as a database hiccup or a crash would
        var block = "invoicing_blocked_" + s.patientId().toString().replace("-", "").substring(0, 12);
        jdbc.sql("alter table invoice add constraint " + block + " check (patient_id <> '" + s.patientId() + "')").update();
        try {
            tx.executeWithoutResult(t -> events.publishEvent(note));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> failedPublications(note) == 1);
            assertThat(invoiceCount(note)).isZero();
        } finally {
            jdbc.sql("alter table invoice drop constraint " + block).update();
        }

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof ProcedurePerformed performed
                && performed.noteId().equals(note.noteId()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invoiceCount(note) == 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publications(note) == 0);
    }

    private long invoiceCount(ProcedurePerformed note) {
        return jdbc.sql("select count(*) from invoice where note_id = :n").param("n", note.noteId())
                .query(Long.class).single();
    }

    private long failedPublications(ProcedurePerformed note) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%ProcedureInvoicer%'"
                        + " and serialized_event like :n and completion_date is null and status = 'FAILED'")
                .param("n", "%" + note.noteId() + "%").query(Long.class).single();
    }

    private long publications(ProcedurePerformed note) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%ProcedureInvoicer%'"
                        + " and serialized_event like :n").param("n", "%" + note.noteId() + "%").query(Long.class).single();
    }
}
