package org.planscore.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database the application runs on, where H2 needs what PostgreSQL does not. */
final class DatabaseProduct {

    private DatabaseProduct() {
    }

    static boolean isH2(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
    }
}
