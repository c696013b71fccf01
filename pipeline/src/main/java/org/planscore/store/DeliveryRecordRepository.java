package org.planscore.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery record per report (plan, as-of date, language, data version) and recipient. Each change commits in a
 * transaction of its own, apart from the step's: a recipient marked SENT stays marked even when the step then fails
 * because another recipient could not be reached, so a restart never sends it again.
 */
@Repository
public class DeliveryRecordRepository {

    public enum Status { PENDING, SENDING, SENT, SUPERSEDED }

    private static final RowMapper<Record> ROW = (rs, i) -> new Record(rs.getLong("id"), rs.getString("plan_id"),
            rs.getDate("as_of").toLocalDate(), rs.getString("lang"), rs.getString("data_version"),
            rs.getString("recipient"), rs.getString("channel"), Status.valueOf(rs.getString("status")),
            rs.getString("message_id"), rs.getInt("attempts"), rs.getString("last_error"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryRecordRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The report's records, one per recipient, created PENDING where missing. */
    public List<Record> ensure(Report report, List<String> recipients, String channel) {
        return ownTransaction.execute(tx -> {
            for (String recipient : recipients) {
                Integer known = jdbc.queryForObject("""
                                SELECT COUNT(*) FROM delivery_record
                                WHERE plan_id = ? AND as_of = ? AND lang = ? AND data_version = ? AND recipient = ?""",
                        Integer.class, report.planId(), Date.valueOf(report.asOf()), report.lang(),
                        report.dataVersion(), recipient);
                if (known == null || known == 0) {
                    jdbc.update("""
                                    INSERT INTO delivery_record (plan_id, as_of, lang, data_version, recipient, channel,
                                      status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""",
                            report.planId(), Date.valueOf(report.asOf()), report.lang(), report.dataVersion(),
                            recipient, channel, Timestamp.from(Instant.now()));
                }
            }
            return jdbc.query("""
                            SELECT * FROM delivery_record WHERE plan_id = ? AND as_of = ? AND lang = ?
                              AND data_version = ? ORDER BY id""", ROW,
                    report.planId(), Date.valueOf(report.asOf()), report.lang(), report.dataVersion());
        });
    }

    /** Before handing the message to the server: a crash after this point shows as SENDING, not as never tried. */
    public void markSending(long id, String messageId) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "UPDATE delivery_record SET status = 'SENDING', message_id = ?, attempts = attempts + 1 WHERE id = ?",
                messageId, id));
    }

    public void markSent(long id, int extraAttempts) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                        UPDATE delivery_record SET status = 'SENT', sent_at = ?, last_error = NULL,
                          attempts = attempts + ? WHERE id = ?""",
                Timestamp.from(Instant.now()), extraAttempts, id));
    }

    public void markPending(long id, int extraAttempts, String error) {
        String clipped = error == null ? null : error.substring(0, Math.min(error.length(), 4000));
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "UPDATE delivery_record SET status = 'PENDING', last_error = ?, attempts = attempts + ? WHERE id = ?",
                clipped, extraAttempts, id));
    }

    /** A recipient taken off the list before the report reached them: not sent any more. */
    public void markSuperseded(long id) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "UPDATE delivery_record SET status = 'SUPERSEDED' WHERE id = ? AND status <> 'SENT'", id));
    }

    /** A report that can no longer be sent (its files are gone, its data overtaken): not tried again, and why. */
    public int giveUp(Report report, String why) {
        return ownTransaction.execute(tx -> jdbc.update("""
                        UPDATE delivery_record SET status = 'SUPERSEDED', last_error = ?
                        WHERE plan_id = ? AND as_of = ? AND lang = ? AND data_version = ?
                          AND status IN ('PENDING', 'SENDING')""",
                why.length() > 4000 ? why.substring(0, 4000) : why, report.planId(), Date.valueOf(report.asOf()),
                report.lang(), report.dataVersion()));
    }

    /** Pending deliveries of older data versions of the same report are overtaken by the one just delivered. */
    public int supersedeOlder(Report delivered) {
        return ownTransaction.execute(tx -> jdbc.update("""
                        UPDATE delivery_record SET status = 'SUPERSEDED'
                        WHERE plan_id = ? AND as_of = ? AND lang = ? AND data_version <> ?
                          AND status IN ('PENDING', 'SENDING')""",
                delivered.planId(), Date.valueOf(delivered.asOf()), delivered.lang(), delivered.dataVersion()));
    }

    /** Reports with a recipient still waiting since before {@code since} (an earlier run), oldest first. */
    public List<Report> reportsWithPending(Instant since) {
        return jdbc.query("""
                        SELECT plan_id, as_of, lang, data_version, MIN(id) AS first_id FROM delivery_record
                        WHERE status IN ('PENDING', 'SENDING') AND created_at < ?
                        GROUP BY plan_id, as_of, lang, data_version ORDER BY first_id""",
                (rs, i) -> new Report(rs.getString("plan_id"), rs.getDate("as_of").toLocalDate(), rs.getString("lang"),
                        rs.getString("data_version")), Timestamp.from(since));
    }

    public int countPending() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_record WHERE status IN ('PENDING', 'SENDING')",
                Integer.class);
        return n == null ? 0 : n;
    }

    public List<Record> recent(int limit) {
        return jdbc.query("""
                        SELECT * FROM delivery_record ORDER BY COALESCE(sent_at, created_at) DESC, id DESC
                        FETCH FIRST ? ROWS ONLY""", ROW, limit);
    }

    /** A report as delivery knows it. */
    public record Report(String planId, LocalDate asOf, String lang, String dataVersion) {
    }

    public record Record(long id, String planId, LocalDate asOf, String lang, String dataVersion, String recipient,
                         String channel, Status status, String messageId, int attempts, String lastError,
                         Instant createdAt, Instant sentAt) {
    }
}
