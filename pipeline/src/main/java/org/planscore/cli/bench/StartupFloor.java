package org.planscore.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor every command's start-up is compared with: a JVM that opens the same H2 database as PlanScore, counts
 * its observations and exits. No Spring, no Flyway, no job repository: the least any command that reads the
 * database must do. Run as its own process ({@code java -cp planscore.jar org.planscore.cli.bench.StartupFloor DATA_DIR}).
 */
public final class StartupFloor {

    private StartupFloor() {
    }

    public static void main(String[] args) throws SQLException {
        System.out.println(count(Path.of(args[0])));
    }

    /** @param dataDir the folder holding {@code db/planscore.mv.db}, as planscore.data-dir */
    static long count(Path dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("planscore") + ";AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM observation")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
