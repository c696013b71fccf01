package org.planscore.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The run lock's row. Inserting it takes the lock: the primary key lets one insert win, on one host or across hosts
 * sharing a PostgreSQL server. Every statement runs in its own (auto-commit) transaction.
 */
@Repository
public class RunLockRepository {

    private static final RowMapper<Holder> ROW = (rs, i) -> new Holder(rs.getString("lock_name"),
            rs.getString("holder_host"), rs.getLong("holder_pid"), rs.getString("command"),
            rs.getTimestamp("acquired_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant());

    private final JdbcTemplate jdbc;

    public RunLockRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when this call inserted the row (took the lock), false when someone holds it */
    public boolean tryInsert(Holder holder) {
        try {
            jdbc.update("""
                    INSERT INTO run_lock (lock_name, holder_host, holder_pid, command, acquired_at, heartbeat_at)
                    VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)""", holder.lockName(), holder.host(), holder.pid(),
                    holder.command(), Timestamp.from(holder.acquiredAt()));
            return true;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    public Optional<Holder> find(String lockName) {
        return jdbc.query("SELECT * FROM run_lock WHERE lock_name = ?", ROW, lockName).stream().findFirst();
    }

    /** Deletes the row only if it is still exactly this holder's (compare-and-delete). */
    public boolean delete(Holder holder) {
        return jdbc.update("""
                DELETE FROM run_lock WHERE lock_name = ? AND holder_host = ? AND holder_pid = ? AND acquired_at = ?""",
                holder.lockName(), holder.host(), holder.pid(), Timestamp.from(holder.acquiredAt())) == 1;
    }

    /**
     * Renews the holder's heartbeat with the database's clock (CURRENT_TIMESTAMP, an instant whatever the session's time zone, compared with the same clock by
     * {@link #databaseNow}); false when the row is no longer this holder's (it was taken over).
     */
    public boolean heartbeat(Holder holder) {
        return jdbc.update("""
                UPDATE run_lock SET heartbeat_at = CURRENT_TIMESTAMP
                WHERE lock_name = ? AND holder_host = ? AND holder_pid = ? AND acquired_at = ?""",
                holder.lockName(), holder.host(), holder.pid(), Timestamp.from(holder.acquiredAt())) == 1;
    }

    /** The database's clock, as heartbeats are written with it: hosts whose clocks differ still agree on staleness. */
    public Instant databaseNow() {
        Timestamp now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", Timestamp.class);
        return now.toInstant();
    }

    /** Who holds a lock, since when, and when it last said it was alive. */
    public record Holder(String lockName, String host, long pid, String command, Instant acquiredAt,
                         Instant heartbeatAt) {
    }
}
