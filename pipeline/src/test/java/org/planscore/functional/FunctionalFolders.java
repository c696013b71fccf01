package org.planscore.functional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh data and reports folder per functional test class, under target/functional/NAME, kept after the run so
 * a person can look at what the pipeline wrote, and a fresh database of its own: an H2 file in the data folder, or,
 * when the system property {@code planscore.test.postgres} gives a PostgreSQL server's base URL (e.g.
 * {@code jdbc:postgresql://127.0.0.1:55432/}, as {@code .ci/run} does), a database {@code ft_NAME} created anew on
 * it ({@code planscore.test.postgres.user}, default postgres; {@code .password}, default empty).
 */
public final class FunctionalFolders {

    private static final String POSTGRES = System.getProperty("planscore.test.postgres", "").strip();
    private static final String PG_USER = System.getProperty("planscore.test.postgres.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("planscore.test.postgres.password", "");

    private FunctionalFolders() {
    }

    public static Path fresh(String name) {
        Path root = Path.of("target", "functional", name).toAbsolutePath();
        deleteRecursively(root);
        if (onPostgres()) {
            recreatePostgresDatabase(databaseName(root));
            System.out.println("Functional test " + name + " on PostgreSQL: " + jdbcUrl(root));
        }
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onPostgres() {
        return !POSTGRES.isEmpty();
    }

    /** The folder's settings, then the test's own "key=value" settings (the form {@link FolderApplication} takes). */
    public static void register(DynamicPropertyRegistry registry, Path root, String... settings) {
        registry.add("planscore.data-dir", () -> root.resolve("data").toString());
        registry.add("planscore.reports-dir", () -> root.resolve("reports").toString());
        registry.add("planscore.plans-dir", () -> Path.of("..", "config", "plans").toAbsolutePath().normalize().toString());
        if (onPostgres()) {
            registry.add("spring.datasource.url", () -> jdbcUrl(root));
            registry.add("spring.datasource.username", () -> PG_USER);
            registry.add("spring.datasource.password", () -> PG_PASSWORD);
        }
        for (String setting : settings) {
            String[] keyValue = setting.split("=", 2);
            registry.add(keyValue[0], () -> keyValue[1]);
        }
    }

    /** The same settings as JVM options, for a child process running ./planscore. */
    static List<String> childSettings(Path root) {
        List<String> settings = new ArrayList<>(List.of(
                "-Dplanscore.data-dir=" + root.resolve("data"),
                "-Dplanscore.reports-dir=" + root.resolve("reports"),
                "-Dplanscore.plans-dir=" + Path.of("..", "config", "plans").toAbsolutePath().normalize()));
        if (onPostgres()) {
            settings.add("-Dspring.datasource.url=" + jdbcUrl(root));
            settings.add("-Dspring.datasource.username=" + PG_USER);
            settings.add("-Dspring.datasource.password=" + PG_PASSWORD);
        }
        return settings;
    }

    /** The same settings as command-line arguments, for the application started on the folder in the test's JVM. */
    static List<String> arguments(Path root) {
        return childSettings(root).stream().map(setting -> "--" + setting.substring("-D".length())).toList();
    }

    /** The test's database, as the application sees it (H2 with AUTO_SERVER, so a running child can hold it). */
    public static String jdbcUrl(Path root) {
        return onPostgres() ? POSTGRES + databaseName(root)
                : "jdbc:h2:file:" + root.resolve("data/db/planscore") + ";AUTO_SERVER=TRUE";
    }

    public static Connection connect(Path root) throws SQLException {
        return onPostgres() ? DriverManager.getConnection(jdbcUrl(root), PG_USER, PG_PASSWORD)
                : DriverManager.getConnection(jdbcUrl(root), "sa", "");
    }

    /** The first column of the first row of a query on the test's database. */
    public static long queryLong(Path root, String sql) throws SQLException {
        try (Connection c = connect(root); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The number of rows an UPDATE or DELETE on the test's database changed. */
    public static int update(Path root, String sql) throws SQLException {
        try (Connection c = connect(root); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    public static void execute(Path root, String sql) throws SQLException {
        try (Connection c = connect(root); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String databaseName(Path root) {
        return "ft_" + root.getFileName().toString().toLowerCase().replaceAll("[^a-z0-9]", "_");
    }

    private static void recreatePostgresDatabase(String name) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", PG_USER, PG_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + POSTGRES, e);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
