package org.planscore.store;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a process was killed in the middle of an import, H2 can keep index entries of rows that its recovery rolled
 * back: the next insert of such a key is then refused as a duplicate that no query finds ("Unique index or primary
 * key violation" from a MERGE), so the resumed import of that file fails night after night. Seen in the
 * crash-recovery functional tests on a busy machine. Once a killed import has been recovered, the indexes of the
 * tables an import chunk writes are built again from their rows (the statements mirror the migrations that made
 * them; about 23 s per million stored figures on the project machine). It does not mend everything such a kill can
 * leave: the resumed import has still failed once, in ten runs of the crash tests, waiting on a row until H2's lock
 * timeout. PostgreSQL's write-ahead log leaves neither; nothing is done there.
 */
@Component
public class IndexesAfterCrash {

    private static final Logger log = LoggerFactory.getLogger(IndexesAfterCrash.class);

    /**
     * Each new index is built before the old one is dropped, so the keys stay guarded throughout, and a build that
     * fails leaves the old index in place. A unique constraint added again takes over the unique index on its columns
     * rather than building one (and keeps it when dropped), so that index is built first, under a name of its own.
     */
    private static final List<String> REBUILD = List.of(
            "CREATE UNIQUE INDEX observation_natural_key_rebuilt ON observation "
                    + "(indicator, area, period, vintage, source_key)",
            "ALTER TABLE observation DROP CONSTRAINT observation_natural_key",
            "DROP INDEX IF EXISTS observation_natural_key_index",
            "ALTER TABLE observation ADD CONSTRAINT observation_natural_key "
                    + "UNIQUE (indicator, area, period, vintage, source_key)",
            "ALTER INDEX observation_natural_key_rebuilt RENAME TO observation_natural_key_index",
            "CREATE INDEX observation_by_file_rebuilt ON observation (file_sha256)",
            "DROP INDEX observation_by_file",
            "ALTER INDEX observation_by_file_rebuilt RENAME TO observation_by_file",
            "CREATE UNIQUE INDEX rejected_row_key_rebuilt ON rejected_row (file_sha256, file_row)",
            "ALTER TABLE rejected_row DROP CONSTRAINT rejected_row_key",
            "ALTER TABLE rejected_row ADD CONSTRAINT rejected_row_key PRIMARY KEY (file_sha256, file_row)",
            "DROP INDEX rejected_row_key_rebuilt");

    private final JdbcTemplate jdbc;
    private final DatabaseProduct database;

    public IndexesAfterCrash(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * Builds the import tables' indexes again on H2; nothing on other databases. A failure is logged, not thrown.
     * @return whether they were built again
     */
    public boolean rebuild() {
        if (!database.isH2()) {
            return false;
        }
        long start = System.nanoTime();
        try {
            REBUILD.forEach(jdbc::execute);
        } catch (DataAccessException e) {
            log.error("Could not build the indexes of observation and rejected_row again after an interrupted run "
                    + "(the ones in place are kept): {}", e.getMostSpecificCause().getMessage());
            return false;
        }
        log.info("Rebuilt the indexes of observation and rejected_row after an interrupted run, in {} ms (H2 can keep "
                + "index entries of rows a killed process never committed)", (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
