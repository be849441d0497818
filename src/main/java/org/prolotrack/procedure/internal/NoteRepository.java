package org.prolotrack.procedure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.procedure.ProcedureNoteView.Addendum;
import org.prolotrack.procedure.ProcedureNoteView.Checklist;
import org.prolotrack.procedure.ProcedureNoteView.DayCheck;
import org.prolotrack.procedure.ProcedureNoteView.Injection;
import org.prolotrack.procedure.ProcedureNoteView.Lot;
import org.prolotrack.procedure.ProcedureNoteView.Pregnancy;
import org.prolotrack.procedure.ProcedureNoteView.Status;
import org.prolotrack.procedure.ProcedureNoteView.Times;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores procedure notes, their injections with stock lots, and addenda (hand-written SQL). */
@Repository
class NoteRepository {

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProcedureNote n, String by, Instant now) {
        jdbc.sql("""
                insert into procedure_note (id, patient_id, plan_id, clinic_id, provider_id, status, performed_on,
                  knowledge_version, version, created_at, created_by, changed_at, changed_by)
                values (:id, :patient, :plan, :clinic, :provider, 'DRAFT', :on, :kv, 0, :now, :by, :now, :by)""")
                .param("id", n.id).param("patient", n.patientId).param("plan", n.planId).param("clinic", n.clinicId)
                .param("provider", n.providerId).param("on", n.performedOn).param("kv", n.knowledgeVersion)
                .param("now", utc(now)).param("by", by).update();
    }

    /** Saves the header (and, once signed, the signature); 409 if someone else changed the note meanwhile. */
    void update(ProcedureNote n, String by, Instant now) {
        var c = n.checklist;
        var t = n.times;
        int rows = jdbc.sql("""
                update procedure_note set status = :status, session_number = :session, anticoagulant_status = :anticoag,
                  allergies_reviewed = :allergies, pain_before = :painBefore, anesthesia = :anesthesia, sedation = :sedation,
                  visit_start = :vs, visit_end = :ve, injecting_start = :is, injecting_end = :ie,
                  complications = :complications, pain_after = :painAfter, aftercare_given = :aftercare,
                  weight_kg = :weight, anesthetic_mg = :mg, anesthetic_cap_mg = :cap, signed_at = :signedAt,
                  signed_by = :signedBy, version = version + 1, changed_at = :now, changed_by = :by
                where id = :id and version = :version""")
                .param("status", n.status.name()).param("session", n.sessionNumber)
                .param("anticoag", c.anticoagulantStatus()).param("allergies", c.allergiesReviewed())
                .param("painBefore", c.painBefore()).param("anesthesia", n.anesthesia).param("sedation", n.sedation)
                .param("vs", utc(t.visitStart())).param("ve", utc(t.visitEnd())).param("is", utc(t.injectingStart()))
                .param("ie", utc(t.injectingEnd())).param("complications", n.complications)
                .param("painAfter", n.painAfter).param("aftercare", n.aftercareGiven).param("weight", n.weightKg)
                .param("mg", n.anestheticMg).param("cap", n.anestheticCapMg).param("signedAt", utc(n.signedAt))
                .param("signedBy", n.signedBy).param("now", utc(now)).param("by", by).param("id", n.id)
                .param("version", n.version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("procedure_note " + n.id + " changed concurrently");
        }
        n.version++;
    }

    void insertInjection(UUID noteId, int position, Injection i, String by, Instant now) {
        jdbc.sql("""
                insert into procedure_injection (id, note_id, position, site_id, site_name, structure_kind, laterality,
                  intra_articular, guidance, final_volume_ml, dextrose_percent, anesthetic_agent, anesthetic_percent,
                  diluent, recipe, anesthetic_mg, volume_injected_ml, needle, created_at, created_by, changed_at, changed_by)
                values (:id, :note, :pos, :site, :name, :kind, :lat, :ia, :guidance, :vol, :dex, :agent, :anesth,
                  :diluent, :recipe, :mg, :injected, :needle, :now, :by, :now, :by)""")
                .param("id", i.id()).param("note", noteId).param("pos", position).param("site", i.siteId())
                .param("name", i.siteName()).param("kind", i.structureKind()).param("lat", i.laterality())
                .param("ia", i.intraArticular()).param("guidance", i.guidance()).param("vol", i.finalVolumeMl())
                .param("dex", i.dextrosePercent()).param("agent", i.anestheticAgent())
                .param("anesth", i.anestheticPercent()).param("diluent", i.diluent()).param("recipe", i.recipe())
                .param("mg", i.anestheticMg()).param("injected", i.volumeInjectedMl()).param("needle", i.needle())
                .param("now", utc(now)).param("by", by).update();
        for (var lot : i.lots()) {
            jdbc.sql("""
                    insert into procedure_injection_lot (id, injection_id, stock_id, lot_number, expiry_date,
                      created_at, created_by, changed_at, changed_by)
                    values (:id, :inj, :stock, :lot, :expiry, :now, :by, :now, :by)""")
                    .param("id", UUID.randomUUID()).param("inj", i.id()).param("stock", lot.stockId())
                    .param("lot", lot.lotNumber()).param("expiry", lot.expiry()).param("now", utc(now)).param("by", by)
                    .update();
        }
    }

    void voidInjection(UUID injectionId, String reason, String by, Instant now) {
        jdbc.sql("""
                update procedure_injection set voided_at = :now, voided_by = :by, void_reason = :reason,
                  changed_at = :now, changed_by = :by where id = :id and voided_at is null""")
                .param("now", utc(now)).param("by", by).param("reason", reason).param("id", injectionId).update();
    }

    /** Replaces the note's day-of-procedure check (the caller bumps the note's version in the same transaction). */
    void saveDayCheck(UUID noteId, DayCheck c) {
        jdbc.sql("delete from procedure_day_check where note_id = :n").param("n", noteId).update();
        jdbc.sql("""
                insert into procedure_day_check (note_id, fever, skin_clear, skin_note, pregnancy, new_anticoagulant,
                  anticoagulant, inr, anticoagulant_held_on, changes_since_screening, changes_note, recorded_at, recorded_by)
                values (:n, :fever, :skin, :skinNote, :pregnancy, :newAnticoagulant, :drug, :inr, :heldOn, :changes,
                  :changesNote, :at, :by)""")
                .param("n", noteId).param("fever", c.fever()).param("skin", c.skinClear()).param("skinNote", c.skinNote())
                .param("pregnancy", c.pregnancy().name()).param("newAnticoagulant", c.newAnticoagulant())
                .param("drug", c.anticoagulant()).param("inr", c.inr()).param("heldOn", c.anticoagulantHeldOn())
                .param("changes", c.changesSinceScreening()).param("changesNote", c.changesNote())
                .param("at", utc(c.recordedAt())).param("by", c.recordedBy()).update();
    }

    void insertAddendum(UUID noteId, Addendum a) {
        jdbc.sql("""
                insert into procedure_addendum (id, note_id, text, signed_at, signed_by, created_at, created_by, changed_at, changed_by)
                values (:id, :note, :text, :at, :by, :at, :by, :at, :by)""")
                .param("id", a.id()).param("note", noteId).param("text", a.text()).param("at", utc(a.signedAt()))
                .param("by", a.signedBy()).update();
    }

    int signedSessions(UUID planId) {
        return jdbc.sql("select count(*) from procedure_note where plan_id = :p and status = 'SIGNED'")
                .param("p", planId).query(Integer.class).single();
    }

    Optional<ProcedureNote> find(UUID id) {
        return jdbc.sql("select * from procedure_note where id = :id").param("id", id)
                .query((rs, n) -> note(rs)).optional().map(this::withChildren);
    }

    List<ProcedureNote> forPatient(UUID patientId) {
        return jdbc.sql("select * from procedure_note where patient_id = :p and status <> 'VOIDED' order by performed_on desc, created_at desc")
                .param("p", patientId).query((rs, n) -> note(rs)).list().stream().map(this::withChildren).toList();
    }

    private ProcedureNote withChildren(ProcedureNote n) {
        n.injections.addAll(jdbc.sql("select * from procedure_injection where note_id = :n and voided_at is null order by position")
                .param("n", n.id).query((rs, i) -> injection(rs)).list());
        n.addenda.addAll(jdbc.sql("select * from procedure_addendum where note_id = :n order by signed_at")
                .param("n", n.id).query((rs, i) -> new Addendum(rs.getObject("id", UUID.class), rs.getString("text"),
                        instant(rs, "signed_at"), rs.getString("signed_by"))).list());
        n.dayCheck = jdbc.sql("select * from procedure_day_check where note_id = :n").param("n", n.id)
                .query((rs, i) -> new DayCheck(rs.getBoolean("fever"), rs.getBoolean("skin_clear"),
                        rs.getString("skin_note"), Pregnancy.valueOf(rs.getString("pregnancy")),
                        rs.getBoolean("new_anticoagulant"), rs.getString("anticoagulant"), rs.getBigDecimal("inr"),
                        rs.getObject("anticoagulant_held_on", LocalDate.class), rs.getBoolean("changes_since_screening"),
                        rs.getString("changes_note"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .optional().orElse(null);
        return n;
    }

    int nextPosition(UUID noteId) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from procedure_injection where note_id = :n")
                .param("n", noteId).query(Integer.class).single();
    }

    private Injection injection(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var lots = jdbc.sql("select * from procedure_injection_lot where injection_id = :i order by stock_id").param("i", id)
                .query((r, n) -> new Lot(r.getString("stock_id"), r.getString("lot_number"),
                        r.getObject("expiry_date", LocalDate.class))).list();
        return new Injection(id, rs.getString("site_id"), rs.getString("site_name"), rs.getString("structure_kind"),
                rs.getString("laterality"), rs.getBoolean("intra_articular"), rs.getString("guidance"),
                rs.getBigDecimal("final_volume_ml"), rs.getBigDecimal("dextrose_percent"),
                rs.getString("anesthetic_agent"), rs.getBigDecimal("anesthetic_percent"), rs.getString("diluent"),
                rs.getString("recipe"), rs.getBigDecimal("anesthetic_mg"), rs.getBigDecimal("volume_injected_ml"),
                rs.getString("needle"), lots);
    }

    private static ProcedureNote note(ResultSet rs) throws SQLException {
        var n = new ProcedureNote(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("plan_id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getObject("performed_on", LocalDate.class),
                rs.getString("knowledge_version"), Status.valueOf(rs.getString("status")));
        n.sessionNumber = (Integer) rs.getObject("session_number");
        n.checklist = new Checklist(rs.getString("anticoagulant_status"), rs.getBoolean("allergies_reviewed"),
                (Integer) rs.getObject("pain_before"));
        n.anesthesia = rs.getString("anesthesia");
        n.sedation = rs.getString("sedation");
        n.times = new Times(instant(rs, "visit_start"), instant(rs, "visit_end"), instant(rs, "injecting_start"),
                instant(rs, "injecting_end"));
        n.complications = rs.getString("complications");
        n.painAfter = (Integer) rs.getObject("pain_after");
        n.aftercareGiven = rs.getBoolean("aftercare_given");
        n.weightKg = rs.getBigDecimal("weight_kg");
        n.anestheticMg = rs.getBigDecimal("anesthetic_mg");
        n.anestheticCapMg = rs.getBigDecimal("anesthetic_cap_mg");
        n.signedAt = instant(rs, "signed_at");
        n.signedBy = rs.getString("signed_by");
        n.version = rs.getInt("version");
        return n;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
