package org.planscore.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** One row per run: what {@code history} lists first. */
@Repository
public class RunLogRepository {

    private final JdbcTemplate jdbc;

    public RunLogRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long start(String command, String host, long pid) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement(
                    "INSERT INTO run_log (command, host, pid, started_at) VALUES (?, ?, ?, ?)", new String[]{"id"});
            s.setString(1, command);
            s.setString(2, host);
            s.setLong(3, pid);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public void finish(long id, String exitStatus, Counts counts) {
        jdbc.update("""
                UPDATE run_log SET finished_at = ?, exit_status = ?, files_imported = ?, files_rejected = ?,
                  files_failed = ?, reports_written = ?, reports_sent = ?, deliveries_pending = ? WHERE id = ?""",
                Timestamp.from(Instant.now()), exitStatus, counts.filesImported(), counts.filesRejected(),
                counts.filesFailed(), counts.reportsWritten(), counts.reportsSent(), counts.deliveriesPending(), id);
    }

    public List<Run> recent(int limit) {
        return jdbc.query("SELECT * FROM run_log ORDER BY started_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new Run(rs.getLong("id"), rs.getString("command"), rs.getString("host"), rs.getLong("pid"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("exit_status"),
                        new Counts(rs.getInt("files_imported"), rs.getInt("files_rejected"), rs.getInt("files_failed"),
                                rs.getInt("reports_written"), rs.getInt("reports_sent"),
                                rs.getInt("deliveries_pending"))),
                limit);
    }

    public record Counts(int filesImported, int filesRejected, int filesFailed, int reportsWritten, int reportsSent,
                         int deliveriesPending) {
    }

    public record Run(long id, String command, String host, long pid, Instant startedAt, Instant finishedAt,
                      String exitStatus, Counts counts) {
    }
}
