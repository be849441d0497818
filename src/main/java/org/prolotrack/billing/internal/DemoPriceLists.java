package org.prolotrack.billing.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.prolotrack.clinic.ClinicDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo price lists for the demo clinics that have none, inside the published self-pay ranges
 * (knowledge/billing/estimate.json: $140–$420 a session; full course ~$600–$3,600).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "prolotrack.demo.enabled", havingValue = "true")
class DemoPriceLists implements ApplicationRunner {

    private final ClinicDirectory clinics;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoPriceLists(ClinicDirectory clinics, JdbcClient jdbc, TransactionTemplate tx) {
        this.clinics = clinics;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> {
            for (var clinic : clinics.clinics()) {
                switch (clinic.code()) {
                    // Madison: $180 a session including 4 sites, $15 each further site, evaluation $150,
                    // a 3-session package for $500; CPT coding. A 4-site session is $180, an 8-site one $240.
                    case "MAD" -> seed(clinic.id(), clinic.currency(), 18000, 1500, "SITE", 4, 15000, 3, 50000L, "CPT");
                    // Boulder: $140 base plus $12 per injection (all counted), evaluation $175, no package; M0076.
                    case "BLD" -> seed(clinic.id(), clinic.currency(), 14000, 1200, "INJECTION", 0, 17500, null, null, "M0076");
                    default -> { }
                }
            }
        });
    }

    private void seed(UUID clinic, String currency, long base, long perUnit, String unit, int included, long evaluation,
                      Integer pkgSessions, Long pkgPrice, String coding) {
        var exists = jdbc.sql("select count(*) from price_list where clinic_id = :c").param("c", clinic)
                .query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                insert into price_list (id, clinic_id, version, currency, session_base_minor, per_unit_minor, per_unit,
                    included_units, evaluation_minor, package_sessions, package_price_minor, coding, active,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :c, 1, :cur, :base, :unit, :perUnit, :incl, :eval, :pkgS, :pkgP, :coding, true,
                    :now, 'demo', :now, 'demo')""")
                .param("id", UUID.randomUUID()).param("c", clinic).param("cur", currency).param("base", base)
                .param("unit", perUnit).param("perUnit", unit).param("incl", included).param("eval", evaluation)
                .param("pkgS", pkgSessions).param("pkgP", pkgPrice).param("coding", coding).param("now", now)
                .update();
    }
}
