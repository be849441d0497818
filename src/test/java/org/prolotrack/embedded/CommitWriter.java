package org.prolotrack.embedded;

import java.sql.DriverManager;

/**
 * A separate JVM that commits one row at a time to the embedded database and prints the row's number only after
 * the commit returned — what the server does before it answers 201. {@link CrashDurabilityTests} kills it with
 * SIGKILL at a random moment and then checks that every printed number is in the database.
 */
public final class CommitWriter {

    private CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
            try (var ddl = connection.createStatement()) {
                ddl.execute("create table if not exists confirmed_write (n bigint primary key, payload varchar(200))");
            }
            connection.setAutoCommit(false);
            var insert = connection.prepareStatement("insert into confirmed_write (n, payload) values (?, ?)");
            System.out.println("ready");
            System.out.flush();
            for (long n = 1; ; n++) {
                insert.setLong(1, n);
                insert.setString(2, "a condition written by the clinic " + n);
                insert.executeUpdate();
                connection.commit();
                System.out.println(n);
                System.out.flush();
            }
        }
    }
}
