package org.prolotrack.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.billing.BillingException;
import org.prolotrack.billing.Money;
import org.prolotrack.billing.PriceList;
import org.prolotrack.billing.PriceLists;
import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcPriceLists implements PriceLists {

    private final JdbcClient jdbc;
    private final ClinicDirectory clinics;
    private final ClinicStaffOnly access;

    JdbcPriceLists(JdbcClient jdbc, ClinicDirectory clinics, ClinicStaffOnly access) {
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.access = access;
    }

    @Override
    public Optional<PriceList> current(UUID clinicId) {
        access.require(clinicId);
        return currentUnchecked(clinicId);
    }

    /** For invoicing a signed note (no user) and for estimates, after the caller checked access. */
    Optional<PriceList> currentUnchecked(UUID clinicId) {
        return jdbc.sql("select * from price_list where clinic_id = :c and active order by version desc limit 1")
                .param("c", clinicId).query(JdbcPriceLists::map).optional();
    }

    Optional<PriceList> byId(UUID id) {
        return jdbc.sql("select * from price_list where id = :id").param("id", id).query(JdbcPriceLists::map).optional();
    }

    @Override
    public List<PriceList> history(UUID clinicId) {
        access.require(clinicId);
        return jdbc.sql("select * from price_list where clinic_id = :c order by version desc")
                .param("c", clinicId).query(JdbcPriceLists::map).list();
    }

    @Override
    @Transactional
    public PriceList publish(UUID clinicId, NewPriceList p) {
        access.require(clinicId);
        var clinic = clinics.clinic(clinicId)
                .orElseThrow(() -> new BillingException(org.prolotrack.problem.Refusal.Kind.NOT_FOUND, "No clinic " + clinicId));
        validate(p);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var by = access.who();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from price_list where clinic_id = :c")
                .param("c", clinicId).query(Integer.class).single();
        jdbc.sql("update price_list set active = false, changed_at = :now, changed_by = :by where clinic_id = :c and active")
                .param("now", now).param("by", by).param("c", clinicId).update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into price_list (id, clinic_id, version, currency, session_base_minor, per_unit_minor, per_unit,
                    included_units, evaluation_minor, package_sessions, package_price_minor, coding, active,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, :v, :cur, :base, :unit, :perUnit, :incl, :eval, :pkgS, :pkgP, :coding, true,
                    :now, :by, :now, :by)""")
                .param("id", id).param("c", clinicId).param("v", version).param("cur", clinic.currency())
                .param("base", p.sessionBaseMinor()).param("unit", p.perUnitMinor()).param("perUnit", p.perUnit().name())
                .param("incl", p.includedUnits()).param("eval", p.evaluationMinor())
                .param("pkgS", p.packageSessions()).param("pkgP", p.packagePriceMinor())
                .param("coding", p.coding().name()).param("now", now).param("by", by)
                .update();
        return byId(id).orElseThrow();
    }

    private static void validate(NewPriceList p) {
        var errors = new LinkedHashMap<String, String>();
        if (p.sessionBaseMinor() < 0) {
            errors.put("sessionBase", "The session price cannot be negative.");
        }
        if (p.perUnitMinor() < 0) {
            errors.put("perUnit", "The per-site amount cannot be negative.");
        }
        if (p.includedUnits() < 0) {
            errors.put("includedUnits", "Cannot include fewer than 0 sites.");
        }
        if (p.evaluationMinor() < 0) {
            errors.put("evaluation", "The evaluation price cannot be negative.");
        }
        if ((p.packageSessions() == null) != (p.packagePriceMinor() == null)) {
            errors.put("packagePrice", "A package needs both a number of sessions and a price (or neither).");
        } else if (p.packageSessions() != null && (p.packageSessions() < 1 || p.packagePriceMinor() < 0)) {
            errors.put("packagePrice", "A package covers at least 1 session at a price of 0 or more.");
        }
        if (p.perUnit() == null) {
            errors.put("perUnitKind", "Say whether the amount is per site or per injection.");
        }
        if (p.coding() == null) {
            errors.put("coding", "Choose CPT or M0076 coding.");
        }
        if (!errors.isEmpty()) {
            throw new BillingException(org.prolotrack.problem.Refusal.Kind.INVALID, "Some prices are not valid.", errors);
        }
    }

    static PriceList map(ResultSet rs, int i) throws SQLException {
        var cur = rs.getString("currency");
        var pkgSessions = (Integer) rs.getObject("package_sessions", Integer.class);
        var pkgPrice = rs.getObject("package_price_minor", Long.class);
        return new PriceList(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getInt("version"), cur, new Money(rs.getLong("session_base_minor"), cur),
                new Money(rs.getLong("per_unit_minor"), cur), PriceList.Unit.valueOf(rs.getString("per_unit")),
                rs.getInt("included_units"), new Money(rs.getLong("evaluation_minor"), cur), pkgSessions,
                pkgPrice == null ? null : new Money(pkgPrice, cur), PriceList.Coding.valueOf(rs.getString("coding")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }
}
