package org.prolotrack.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.billing.Invoice;
import org.prolotrack.billing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invoices with their lines and payments; hand-written SQL. */
@Repository
class InvoiceRepository {

    private final JdbcClient jdbc;

    InvoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewInvoice(UUID id, UUID clinicId, UUID patientId, UUID planId, UUID noteId, UUID providerId,
                      UUID priceListId, int sessionNumber, LocalDate serviceDate, Money total,
                      List<Invoice.Line> charges, List<Invoice.CodeLine> codes) { }

    boolean existsForNote(UUID noteId) {
        return jdbc.sql("select count(*) from invoice where note_id = :n").param("n", noteId).query(Long.class).single() > 0;
    }

    String insert(NewInvoice i, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long seq = jdbc.sql("select nextval('invoice_number_seq')").query(Long.class).single();
        var number = "INV-" + seq;
        jdbc.sql("""
                insert into invoice (id, number, clinic_id, patient_id, plan_id, note_id, provider_id, price_list_id,
                    session_number, service_date, currency, total_minor, status, created_at, created_by, changed_at, changed_by)
                values (:id, :number, :clinic, :patient, :plan, :note, :provider, :pl, :session, :date, :cur, :total,
                    'OPEN', :now, :by, :now, :by)""")
                .param("id", i.id()).param("number", number).param("clinic", i.clinicId())
                .param("patient", i.patientId()).param("plan", i.planId()).param("note", i.noteId())
                .param("provider", i.providerId()).param("pl", i.priceListId()).param("session", i.sessionNumber())
                .param("date", i.serviceDate()).param("cur", i.total().currency()).param("total", i.total().minor())
                .param("now", now).param("by", by).update();
        int n = 1;
        for (var c : i.charges()) {
            line(i.id(), n++, "CHARGE", null, null, c.description(), c.quantity(), c.amount());
        }
        for (var c : i.codes()) {
            line(i.id(), n++, "CODE", c.system(), c.code(), c.description(), c.units(), c.amount());
        }
        return number;
    }

    private void line(UUID invoice, int n, String kind, String system, String code, String description, int qty, Money amount) {
        jdbc.sql("""
                insert into invoice_line (invoice_id, line_no, kind, code_system, code, description, quantity, amount_minor)
                values (:i, :n, :kind, :system, :code, :d, :q, :a)""")
                .param("i", invoice).param("n", n).param("kind", kind).param("system", system).param("code", code)
                .param("d", description).param("q", qty).param("a", amount.minor()).update();
    }

    Optional<Invoice> find(UUID id) {
        return jdbc.sql("select * from invoice where id = :id").param("id", id).query(InvoiceRepository::head).optional().map(this::complete);
    }

    List<Invoice> forPatient(UUID patientId) {
        return jdbc.sql("select * from invoice where patient_id = :p order by service_date desc, session_number desc")
                .param("p", patientId).query(InvoiceRepository::head).list().stream().map(this::complete).toList();
    }

    List<Invoice> openInClinic(UUID clinicId) {
        return jdbc.sql("select * from invoice where clinic_id = :c and status = 'OPEN' order by service_date")
                .param("c", clinicId).query(InvoiceRepository::head).list().stream().map(this::complete).toList();
    }

    Optional<UUID> invoiceOfPayment(UUID paymentId) {
        return jdbc.sql("select invoice_id from payment where id = :id").param("id", paymentId).query(UUID.class).optional();
    }

    Invoice.Payment addPayment(UUID invoiceId, Invoice.Payment.Method method, Money amount, String reference, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long seq = jdbc.sql("select nextval('receipt_number_seq')").query(Long.class).single();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into payment (id, invoice_id, receipt_number, method, amount_minor, currency, card_reference,
                    received_at, received_by, created_at, created_by, changed_at, changed_by)
                values (:id, :inv, :rcpt, :method, :amount, :cur, :ref, :now, :by, :now, :by, :now, :by)""")
                .param("id", id).param("inv", invoiceId).param("rcpt", "RCPT-" + seq).param("method", method.name())
                .param("amount", amount.minor()).param("cur", amount.currency()).param("ref", reference)
                .param("now", now).param("by", by).update();
        return new Invoice.Payment(id, "RCPT-" + seq, method, amount, reference, now.toInstant(), by);
    }

    /** Moves the status, guarded by the version read (a concurrent change makes it return false). */
    boolean setStatus(UUID id, int expectedVersion, Invoice.Status status, String voidReason, String by) {
        return jdbc.sql("""
                update invoice set status = :s, void_reason = :r, version = version + 1, changed_at = :now, changed_by = :by
                where id = :id and version = :v""")
                .param("s", status.name()).param("r", voidReason).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("by", by).param("id", id).param("v", expectedVersion).update() == 1;
    }

    int version(UUID id) {
        return jdbc.sql("select version from invoice where id = :id").param("id", id).query(Integer.class).single();
    }

    private Invoice complete(Invoice head) {
        var id = head.id();
        var cur = head.total().currency();
        var charges = jdbc.sql("select * from invoice_line where invoice_id = :i and kind = 'CHARGE' order by line_no")
                .param("i", id).query((r, n) -> new Invoice.Line(r.getString("description"), r.getInt("quantity"),
                        new Money(r.getLong("amount_minor"), cur))).list();
        var codes = jdbc.sql("select * from invoice_line where invoice_id = :i and kind = 'CODE' order by line_no")
                .param("i", id).query((r, n) -> new Invoice.CodeLine(r.getString("code_system"), r.getString("code"),
                        r.getString("description"), r.getInt("quantity"), new Money(r.getLong("amount_minor"), cur))).list();
        var payments = jdbc.sql("select * from payment where invoice_id = :i order by received_at")
                .param("i", id).query((r, n) -> new Invoice.Payment(r.getObject("id", UUID.class),
                        r.getString("receipt_number"), Invoice.Payment.Method.valueOf(r.getString("method")),
                        new Money(r.getLong("amount_minor"), r.getString("currency")), r.getString("card_reference"),
                        r.getObject("received_at", OffsetDateTime.class).toInstant(), r.getString("received_by"))).list();
        return new Invoice(id, head.number(), head.clinicId(), head.patientId(), head.planId(), head.noteId(),
                head.providerId(), head.sessionNumber(), head.serviceDate(), head.total(), head.status(),
                head.voidReason(), charges, codes, payments, head.createdAt());
    }

    private static Invoice head(ResultSet rs, int i) throws SQLException {
        var cur = rs.getString("currency");
        return new Invoice(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("clinic_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("note_id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getInt("session_number"), rs.getObject("service_date", LocalDate.class),
                new Money(rs.getLong("total_minor"), cur), Invoice.Status.valueOf(rs.getString("status")),
                rs.getString("void_reason"), List.of(), List.of(), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
