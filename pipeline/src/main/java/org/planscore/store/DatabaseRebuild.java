package org.planscore.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.planscore.config.DatabaseFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Re-creates the H2 database from a script of its own rows after a process was killed in the middle of a job.
 *
 * <p>Why: H2 can keep row versions of a killed transaction that it neither rolls back nor commits when it opens the
 * file again. They are invisible, yet they hold their keys and identity values: an import that resumes the killed
 * chunk waits on them until H2's lock timeout, or is refused as a duplicate, night after night (the crash tests saw
 * it about once in ten runs). A later transaction that H2 happens to give the same number takes them over as its
 * own, so a script may contain them: every import writes with MERGE on its natural key, so the resumed chunk writes
 * them again whichever way they went. Dropping every table and running the script leaves none of them behind.
 *
 * <p>The script is written to a temporary name and renamed when complete; once it has its final name the database
 * is restored from it, so a process killed during the restore leaves the script, and the next start
 * ({@link #finishPending()}, before the schema is migrated) restores again. The database is in exclusive mode
 * meanwhile: other connections, of this process or another, wait. PostgreSQL does not keep such row versions:
 * nothing to do there.
 */
@Component
public class DatabaseRebuild {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRebuild.class);
    private static final String SCRIPT = "planscore-rebuild.sql.gz";

    private final DataSource dataSource;
    private final Path folder;

    public DatabaseRebuild(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.folder = DatabaseFolder.of(url);
    }

    /** After a killed process's job executions were found: scripts the rows and re-creates the database from them. */
    public void afterKilledProcess() throws SQLException, IOException {
        if (folder == null) {
            return;
        }
        long started = System.nanoTime();
        Path partial = folder.resolve(SCRIPT + ".part");
        inExclusiveMode(sql -> {
            Files.deleteIfExists(partial);
            sql.execute("SCRIPT TO " + literal(partial) + " COMPRESSION GZIP");
            Files.move(partial, folder.resolve(SCRIPT), StandardCopyOption.ATOMIC_MOVE);
            restore(sql, folder.resolve(SCRIPT));
        });
        log.warn("Re-created the database from a script of its rows, so that no row version of the killed process "
                + "is left behind ({} ms)", (System.nanoTime() - started) / 1_000_000);
    }

    /** A restore that a killed process left unfinished, done before anything else reads the database. */
    public void finishPending() throws SQLException, IOException {
        if (folder == null || !Files.exists(folder.resolve(SCRIPT))) {
            return;
        }
        inExclusiveMode(sql -> {
            Path script = folder.resolve(SCRIPT);
            if (Files.exists(script)) {
                log.warn("Finishing the re-creation of the database from {} that a stopped process began", script);
                restore(sql, script);
            }
        });
    }

    /** Other connections, of this process or another, wait meanwhile. */
    private void inExclusiveMode(Work work) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET EXCLUSIVE 1");
            try {
                work.run(sql);
            } finally {
                sql.execute("SET EXCLUSIVE 0");
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Statement sql) throws SQLException, IOException;
    }

    private static void restore(Statement sql, Path script) throws SQLException, IOException {
        sql.execute("DROP ALL OBJECTS");
        sql.execute("RUNSCRIPT FROM " + literal(script) + " COMPRESSION GZIP");
        restartIdentities(sql);
        restartBatchSequences(sql);
        sql.execute("CHECKPOINT SYNC");
        Files.delete(script);
    }

    /** Identity values that the killed transaction drew are in rows the script kept, but not in the identity. */
    private static void restartIdentities(Statement sql) throws SQLException {
        for (String[] column : rows(sql, "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, IDENTITY_BASE "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE IS_IDENTITY = 'YES'")) {
            String table = name(column[0]) + "." + name(column[1]);
            long next = nextAfterMax(sql, table, name(column[2]), Long.parseLong(column[3]));
            sql.execute("ALTER TABLE " + table + " ALTER COLUMN " + name(column[2]) + " RESTART WITH " + next);
        }
    }

    /** Spring Batch's sequences, named after their tables: BATCH_JOB_EXECUTION_SEQ numbers BATCH_JOB_EXECUTION. */
    private static void restartBatchSequences(Statement sql) throws SQLException {
        for (String[] sequence : rows(sql, "SELECT s.SEQUENCE_SCHEMA, s.SEQUENCE_NAME, s.BASE_VALUE, c.TABLE_NAME, "
                + "c.COLUMN_NAME FROM INFORMATION_SCHEMA.SEQUENCES s JOIN INFORMATION_SCHEMA.COLUMNS c "
                + "ON c.TABLE_SCHEMA = s.SEQUENCE_SCHEMA AND s.SEQUENCE_NAME = c.TABLE_NAME || '_SEQ' "
                + "AND 'BATCH_' || c.COLUMN_NAME = c.TABLE_NAME || '_ID'")) {
            long next = nextAfterMax(sql, name(sequence[0]) + "." + name(sequence[3]), name(sequence[4]),
                    Long.parseLong(sequence[2]));
            sql.execute("ALTER SEQUENCE " + name(sequence[0]) + "." + name(sequence[1]) + " RESTART WITH " + next);
        }
    }

    private static long nextAfterMax(Statement sql, String table, String column, long base) throws SQLException {
        try (ResultSet max = sql.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
            max.next();
            long highest = max.getLong(1);
            return max.wasNull() ? base : Math.max(base, highest + 1);
        }
    }

    private static List<String[]> rows(Statement sql, String query) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String name(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
