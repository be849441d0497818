package org.prolotrack.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.consent.ConsentView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consents. The signing update only applies to a PENDING consent and the withdrawal update only sets the
 * withdrawal columns: nothing rewrites a signed document, its hash or its PDF.
 */
@Repository
class ConsentRepository {

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewConsent(UUID id, UUID patientId, UUID planId, UUID clinicId, UUID templateId, int templateVersion,
                      String document, Long estimatedCostMinor, String currency) { }

    void insert(NewConsent c, String by) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                update consent set status = 'SUPERSEDED', changed_at = :now, changed_by = :by
                where plan_id = :plan and status = 'PENDING'""")
                .param("now", now).param("by", by).param("plan", c.planId()).update();
        jdbc.sql("""
                insert into consent (id, patient_id, plan_id, clinic_id, template_id, template_version, status,
                    filled_document, estimated_cost_minor, currency, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :plan, :clinic, :tpl, :v, 'PENDING', :doc, :cost, :cur, :now, :by, :now, :by)""")
                .param("id", c.id()).param("patient", c.patientId()).param("plan", c.planId())
                .param("clinic", c.clinicId()).param("tpl", c.templateId()).param("v", c.templateVersion())
                .param("doc", c.document()).param("cost", c.estimatedCostMinor()).param("cur", c.currency())
                .param("now", now).param("by", by).update();
    }

    record Signing(String signerName, String relationship, ConsentView.SignedVia via, String signaturePng,
                   Instant signedAt, String witnessedBy, String signedDocument, String sha256, byte[] pdf) { }

    boolean sign(UUID id, Signing s, String by) {
        return jdbc.sql("""
                update consent set status = 'SIGNED', signer_name = :name, signer_relationship = :rel, signed_via = :via,
                    signature_png = :png, signed_at = :at, witnessed_by = :witness, signed_document = :doc,
                    document_sha256 = :hash, pdf = :pdf, changed_at = :at, changed_by = :by
                where id = :id and status = 'PENDING'""")
                .param("name", s.signerName()).param("rel", s.relationship()).param("via", s.via().name())
                .param("png", s.signaturePng()).param("at", OffsetDateTime.ofInstant(s.signedAt(), ZoneOffset.UTC))
                .param("witness", s.witnessedBy()).param("doc", s.signedDocument()).param("hash", s.sha256())
                .param("pdf", s.pdf()).param("by", by).param("id", id).update() == 1;
    }

    boolean withdraw(UUID id, String by, String reason) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                update consent set status = 'WITHDRAWN', withdrawn_at = :now, withdrawn_by = :by,
                    withdrawal_reason = :reason, changed_at = :now, changed_by = :by
                where id = :id and status in ('PENDING', 'SIGNED')""")
                .param("now", now).param("by", by).param("reason", reason).param("id", id).update() == 1;
    }

    Optional<ConsentView> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ConsentRepository::map).optional();
    }

    List<ConsentView> forPatient(UUID patientId) {
        return jdbc.sql(SELECT + " where c.patient_id = :p order by c.created_at desc").param("p", patientId)
                .query(ConsentRepository::map).list();
    }

    /** The most recently signed consent of the series (whether or not it was withdrawn since). */
    Optional<ConsentView> latestSigned(UUID planId) {
        return jdbc.sql(SELECT + " where c.plan_id = :p and c.signed_at is not null order by c.signed_at desc limit 1")
                .param("p", planId).query(ConsentRepository::map).optional();
    }

    Optional<String> signedDocument(UUID id) {
        return jdbc.sql("select signed_document from consent where id = :id").param("id", id).query(String.class).optional();
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from consent where id = :id and pdf is not null").param("id", id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    private static final String SELECT = """
            select c.*, t.title from consent c join consent_template t on t.id = c.template_id""";

    private static ConsentView map(ResultSet rs, int i) throws SQLException {
        var via = rs.getString("signed_via");
        return new ConsentView(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("plan_id", UUID.class), rs.getObject("clinic_id", UUID.class), rs.getString("title"),
                rs.getInt("template_version"), ConsentView.Status.valueOf(rs.getString("status")),
                rs.getString("filled_document"), rs.getString("signer_name"), rs.getString("signer_relationship"),
                via == null ? null : ConsentView.SignedVia.valueOf(via), instant(rs, "signed_at"),
                rs.getString("witnessed_by"), rs.getString("document_sha256"), instant(rs, "withdrawn_at"),
                rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"), instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
