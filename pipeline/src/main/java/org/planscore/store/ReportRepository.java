package org.planscore.store;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reports written and their deliveries: what {@code history} shows, and what keeps a report from being sent twice. */
@Repository
public class ReportRepository {

    private final JdbcTemplate jdbc;

    public ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void recordOutput(String planId, LocalDate asOf, String lang, Path pdf, Path xlsx) {
        jdbc.update("DELETE FROM report_output WHERE plan_id = ? AND as_of = ? AND lang = ?", planId,
                Date.valueOf(asOf), lang);
        jdbc.update("INSERT INTO report_output (plan_id, as_of, lang, pdf_path, xlsx_path, written_at) VALUES (?, ?, ?, ?, ?, ?)",
                planId, Date.valueOf(asOf), lang, pdf.toString(), xlsx.toString(), Timestamp.from(Instant.now()));
    }

    public Optional<Delivery> findDelivery(String planId, LocalDate asOf, String lang, String dataVersion) {
        return jdbc.query("""
                        SELECT channel, recipients, message_id, location, delivered_at FROM report_delivery
                        WHERE plan_id = ? AND as_of = ? AND lang = ? AND data_version = ?""",
                (rs, i) -> new Delivery(planId, asOf, lang, rs.getString("channel"), rs.getString("recipients"),
                        rs.getString("message_id"), rs.getString("location"),
                        rs.getTimestamp("delivered_at").toInstant()),
                planId, Date.valueOf(asOf), lang, dataVersion).stream().findFirst();
    }

    public void recordDelivery(String dataVersion, Delivery d) {
        jdbc.update("""
                INSERT INTO report_delivery (plan_id, as_of, lang, data_version, channel, recipients, message_id,
                  location, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.planId(), Date.valueOf(d.asOf()), d.lang(), dataVersion, d.channel(), d.recipients(), d.messageId(),
                d.location(), Timestamp.from(d.deliveredAt()));
    }

    public List<Delivery> recentDeliveries(int limit) {
        return jdbc.query("""
                        SELECT * FROM report_delivery ORDER BY delivered_at DESC FETCH FIRST ? ROWS ONLY""",
                (rs, i) -> new Delivery(rs.getString("plan_id"), rs.getDate("as_of").toLocalDate(), rs.getString("lang"),
                        rs.getString("channel"), rs.getString("recipients"), rs.getString("message_id"),
                        rs.getString("location"), rs.getTimestamp("delivered_at").toInstant()), limit);
    }

    public List<Output> recentOutputs(int limit) {
        return jdbc.query("SELECT * FROM report_output ORDER BY written_at DESC FETCH FIRST ? ROWS ONLY",
                (rs, i) -> new Output(rs.getString("plan_id"), rs.getDate("as_of").toLocalDate(), rs.getString("lang"),
                        rs.getString("pdf_path"), rs.getString("xlsx_path"), rs.getTimestamp("written_at").toInstant()),
                limit);
    }

    /** A report delivered once, by SMTP or into the outbox. */
    public record Delivery(String planId, LocalDate asOf, String lang, String channel, String recipients,
                           String messageId, String location, Instant deliveredAt) {
    }

    /** A report written. */
    public record Output(String planId, LocalDate asOf, String lang, String pdfPath, String xlsxPath,
                         Instant writtenAt) {
    }
}
