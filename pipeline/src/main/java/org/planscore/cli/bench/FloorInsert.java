package org.planscore.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.planscore.support.Sha256;

/**
 * The write half of a floor: plain JDBC batch INSERTs into the same {@code observation} table (same Flyway schema,
 * same unique natural key, same columns) of a fresh H2 file database, one commit per batch of rows. No
 * validation, no normalisation, no job repository: what a hand-written loader would do.
 */
final class FloorInsert implements AutoCloseable {

    /** Rows per JDBC batch and per commit, by default the pipeline's chunk size (see docs/benchmark.md). */
    static final int DEFAULT_BATCH = 500;

    private static final String INSERT = """
            INSERT INTO observation (indicator, area, period, vintage, source_key, source, obs_value, unit, note,
              published, file_sha256, file_row, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final PreparedStatement insert;
    private final String fileSha256;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final Map<String, String> sourceKeys = new HashMap<>();
    private final int batch;
    private int pending;
    private long rows;

    FloorInsert(Path dataDir, String fileSha256, int batch) throws SQLException {
        this.batch = batch;
        String url = "jdbc:h2:file:" + dataDir.resolve("db/planscore") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        this.connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
        this.fileSha256 = fileSha256;
    }

    /** Cells in {@link TidyFiles#HEADER} order; the value already parsed. */
    void add(String indicator, String area, String period, double value, String unit, String vintage, String source,
             String note, int fileRow) throws SQLException {
        insert.setString(1, indicator);
        insert.setString(2, area);
        insert.setString(3, period);
        insert.setString(4, vintage);
        insert.setString(5, sourceKeys.computeIfAbsent(source, Sha256::ofText));
        insert.setString(6, source);
        insert.setDouble(7, value);
        insert.setString(8, unit);
        if (note == null || note.isEmpty()) {
            insert.setNull(9, Types.VARCHAR);
        } else {
            insert.setString(9, note);
        }
        insert.setNull(10, Types.DATE);
        insert.setString(11, fileSha256);
        insert.setInt(12, fileRow);
        insert.setTimestamp(13, now);
        insert.addBatch();
        rows++;
        if (++pending == batch) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    /** Flushes the last batch; the caller stops its clock after this. */
    void finish() throws SQLException {
        flush();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        connection.close();
    }
}
