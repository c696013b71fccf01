package org.planscore.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** Which database the application runs on, asked once, where H2 needs what PostgreSQL does not. */
@Component
public class DatabaseProduct {

    private final boolean h2;

    public DatabaseProduct(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }

    public boolean isH2() {
        return h2;
    }
}
