package org.planscore.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes committed work durable before the pipeline acts on it outside the database (moves a file, sends a mail).
 * H2 writes commits to its file in the background, up to half a second later, so a process killed just after a
 * commit could lose it while the file it came from is already archived. {@code CHECKPOINT SYNC} closes that gap.
 * PostgreSQL commits are durable when they return, so there is nothing to do there.
 */
@Component
public class Durability {

    private final JdbcTemplate jdbc;
    private final boolean h2;

    public Durability(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }

    public void flush() {
        if (h2) {
            jdbc.execute("CHECKPOINT SYNC");
        }
    }
}
