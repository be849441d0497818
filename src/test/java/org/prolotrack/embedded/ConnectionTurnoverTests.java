package org.prolotrack.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool retires every connection after its maximum lifetime (30 minutes by default). H2 2.4.240
 * evaluated a CHECK constraint with the session that created it, so once the pool retired the connection Flyway had
 * built the schema with, every insert into a table with a CHECK constraint failed with "Check constraint invalid …
 * The database has been closed" — the writes that failed after ~30 minutes of running (the API answered 409). The
 * pom pins an H2 without that defect; this test fails on one that has it.
 */
class ConnectionTurnoverTests {

    @TempDir
    Path dataDir;

    @Test
    void aCheckConstraintStillWorksAfterThePoolRetiredTheConnectionThatCreatedIt() throws Exception {
        var config = new HikariConfig();
        config.setJdbcUrl(EmbeddedDatabaseUrl.inFolder(dataDir));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(3);
        try (var pool = new HikariDataSource(config); var requestInFlight = pool.getConnection()) {
            // a running application always has some connection open, so H2 keeps the database open meanwhile
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("create table medication_like (id bigint primary key,"
                        + " status varchar(10) not null check (status in ('ACTIVE', 'STOPPED')))");
            }
            pool.getHikariPoolMXBean().softEvictConnections(); // what maxLifetime does after 30 minutes

            for (long id = 1; id <= 20; id++) {
                long row = id;
                assertThatCode(() -> {
                    try (var c = pool.getConnection();
                         var insert = c.prepareStatement("insert into medication_like (id, status) values (?, ?)")) {
                        insert.setLong(1, row);
                        insert.setString(2, "ACTIVE");
                        insert.executeUpdate();
                    }
                }).as("insert %d after the creating connection was retired", row).doesNotThrowAnyException();
            }
            try (var c = pool.getConnection(); var s = c.createStatement();
                 var violating = c.prepareStatement("insert into medication_like (id, status) values (99, 'LOST')")) {
                assertThatCode(violating::executeUpdate).as("the constraint itself still holds")
                        .hasMessageContaining("onstraint violation");
                var rs = s.executeQuery("select count(*) from medication_like");
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(20);
            }
        }
    }
}
