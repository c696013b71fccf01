package org.planscore.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** What became of every file ever claimed from the inbox. */
@Repository
public class ImportedFileRepository {

    private static final RowMapper<ImportedFile> ROW = (rs, i) -> new ImportedFile(rs.getString("sha256"),
            rs.getString("file_name"), ImportedFile.Status.valueOf(rs.getString("status")), rs.getInt("rows_read"),
            rs.getInt("rows_imported"), rs.getInt("rows_rejected"), rs.getString("reason"),
            rs.getString("stored_path"), rs.getTimestamp("claimed_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());

    private final JdbcTemplate jdbc;

    public ImportedFileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ImportedFile> find(String sha256) {
        return jdbc.query("SELECT * FROM imported_file WHERE sha256 = ?", ROW, sha256).stream().findFirst();
    }

    /** Records a claim; a file claimed before (a retry after a failure) keeps its row and goes back to IMPORTING. */
    public void recordClaim(String sha256, String fileName) {
        int updated = jdbc.update("UPDATE imported_file SET status = 'IMPORTING', file_name = ? WHERE sha256 = ?",
                fileName, sha256);
        if (updated == 0) {
            jdbc.update("INSERT INTO imported_file (sha256, file_name, status, claimed_at) VALUES (?, ?, 'IMPORTING', ?)",
                    sha256, fileName, Timestamp.from(Instant.now()));
        }
    }

    /** Records left IMPORTING (a run that stopped between claiming or shelving a file and recording it). */
    public List<ImportedFile> importing() {
        return jdbc.query("SELECT * FROM imported_file WHERE status = 'IMPORTING'", ROW);
    }

    /** Counts one more failed import of this file; returns how many it has had. */
    public int countFailure(String sha256) {
        jdbc.update("UPDATE imported_file SET attempts = attempts + 1 WHERE sha256 = ?", sha256);
        Integer attempts = jdbc.queryForObject("SELECT attempts FROM imported_file WHERE sha256 = ?", Integer.class,
                sha256);
        return attempts == null ? 0 : attempts;
    }

    public void finish(String sha256, ImportedFile.Status status, int rowsRead, int rowsImported, int rowsRejected,
                       String reason, String storedPath) {
        reason = reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…";
        jdbc.update("""
                UPDATE imported_file SET status = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?, reason = ?,
                  stored_path = ?, finished_at = ? WHERE sha256 = ?""",
                status.name(), rowsRead, rowsImported, rowsRejected, reason, storedPath, Timestamp.from(Instant.now()),
                sha256);
    }

    /** The identity of the data a report is built from: every imported file, in a stable order. */
    public List<String> importedShas() {
        return jdbc.queryForList("SELECT sha256 FROM imported_file WHERE status = 'IMPORTED' ORDER BY sha256",
                String.class);
    }

    public List<ImportedFile> recent(int limit) {
        return jdbc.query("SELECT * FROM imported_file ORDER BY claimed_at DESC, file_name FETCH FIRST ? ROWS ONLY",
                ROW, limit);
    }

    public boolean isEmpty() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM imported_file", Long.class);
        return n == null || n == 0;
    }
}
