package org.prolotrack.audit.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * A small connection pool of the audit trail's own, for the rows that must be committed apart from the caller's
 * transaction: a read in a read-only transaction, and a refusal whose request rolls back.
 *
 * <p>Taking that second connection from the application's pool deadlocks it under load: with as many concurrent
 * reads as the pool has connections, every one of them holds a connection and waits for a second that none will
 * give back, until the pool's timeout fails them all. An audit append holds nothing but its own connection, so
 * waiting on this pool always ends.
 */
@Component
class AuditConnections implements DisposableBean {

    private final HikariDataSource pool;

    AuditConnections(DataSourceProperties properties, @Value("${prolotrack.audit.pool-size:3}") int size) {
        this.pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("audit");
        pool.setMaximumPoolSize(Math.max(1, size));
        pool.setMinimumIdle(1);
        pool.setAutoCommit(true);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
