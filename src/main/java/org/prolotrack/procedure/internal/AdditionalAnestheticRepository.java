package org.prolotrack.procedure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.prolotrack.procedure.AdditionalAnestheticDose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the anesthetic doses given outside a note's syringes (hand-written SQL); voided, never deleted. */
@Repository
class AdditionalAnestheticRepository {

    private final JdbcClient jdbc;

    AdditionalAnestheticRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID noteId, AdditionalAnestheticDose d, String by, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into procedure_anesthetic_dose (id, note_id, position, purpose, site_text, stock_id, agent,
                  stock_percent, volume_ml, mg, lot_number, expiry_date, created_at, created_by, changed_at, changed_by)
                values (:id, :note, (select coalesce(max(position), -1) + 1 from procedure_anesthetic_dose where note_id = :note),
                  :purpose, :site, :stock, :agent, :pct, :vol, :mg, :lot, :expiry, :now, :by, :now, :by)""")
                .param("id", d.id()).param("note", noteId).param("purpose", d.purpose()).param("site", d.siteText())
                .param("stock", d.stockId()).param("agent", d.agent()).param("pct", d.stockPercent())
                .param("vol", d.volumeMl()).param("mg", d.mg()).param("lot", d.lotNumber()).param("expiry", d.expiry())
                .param("now", at).param("by", by).update();
    }

    /** @return whether a dose of this note was voided */
    boolean voidDose(UUID noteId, UUID doseId, String reason, String by, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                update procedure_anesthetic_dose set voided_at = :now, voided_by = :by, void_reason = :reason,
                  changed_at = :now, changed_by = :by where id = :id and note_id = :note and voided_at is null""")
                .param("now", at).param("by", by).param("reason", reason).param("id", doseId).param("note", noteId)
                .update() == 1;
    }

    /** The doses in force, in the order entered; {@code stockName} is filled by the caller's stock list. */
    List<AdditionalAnestheticDose> forNote(UUID noteId) {
        return jdbc.sql("""
                select * from procedure_anesthetic_dose where note_id = :n and voided_at is null order by position""")
                .param("n", noteId).query((rs, i) -> new AdditionalAnestheticDose(rs.getObject("id", UUID.class),
                        rs.getString("purpose"), rs.getString("site_text"), rs.getString("stock_id"), null,
                        rs.getString("agent"), rs.getBigDecimal("stock_percent").stripTrailingZeros(),
                        rs.getBigDecimal("volume_ml"), rs.getBigDecimal("mg"), rs.getString("lot_number"),
                        rs.getObject("expiry_date", LocalDate.class))).list();
    }
}
