package org.planscore.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.planscore.scoring.ProgressResult;
import org.planscore.scoring.ProgressStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The scores of a plan's targets as of a date; a re-score of the same plan and date replaces them. */
@Repository
public class ScoreRepository {

    private final JdbcTemplate jdbc;

    public ScoreRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(String planId, LocalDate asOf, List<ScoredTarget> scored) {
        jdbc.update("DELETE FROM target_score WHERE plan_id = ? AND as_of = ?", planId, Date.valueOf(asOf));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO target_score (plan_id, as_of, target_id, indicator, pillar, status, score, progress_value,
                  base_year, base_value, current_period, current_value, target_year, target_value, source, scored_at,
                  verdict, deciding_value, forward_class, pe, required_rate, perimeter)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", scored, 100, (ps, s) -> {
            ProgressResult r = s.result();
            Assessment a = s.assessment();
            ps.setString(1, planId);
            ps.setDate(2, Date.valueOf(asOf));
            ps.setString(3, s.target().id());
            ps.setString(4, s.target().indicator());
            ps.setString(5, s.target().pillar());
            ps.setString(6, r.status().code());
            ps.setObject(7, r.score());
            ps.setObject(8, r.progressValue());
            ps.setObject(9, r.baseYearUsed());
            ps.setObject(10, baseValueShown(s));
            ps.setString(11, r.currentYear() == null ? null : r.currentYear().toString());
            ps.setObject(12, currentValueShown(s));
            ps.setInt(13, s.target().targetYear());
            ps.setObject(14, s.target().targetValue());
            ps.setString(15, s.target().source());
            ps.setTimestamp(16, now);
            ps.setString(17, a.verdictValue().code());
            ps.setObject(18, a.verdict() == null ? null : a.verdict().decidingValue());
            ps.setString(19, a.forward() == null || a.forward().forwardClass() == null ? null
                    : a.forward().forwardClass().name().toLowerCase(java.util.Locale.ROOT));
            ps.setObject(20, a.forward() == null ? null : a.forward().pe());
            ps.setObject(21, a.verdictValue().isFinal() ? null : a.requiredRatePercent());
            ps.setString(22, a.perimeter());
        });
    }

    /** Rows of {@code export scores}: the given date, or each plan's latest, in plan and target order. */
    public void forEach(String planId, LocalDate asOf, Consumer<ResultSet> row) {
        String sql = """
                SELECT * FROM target_score s
                WHERE (CAST(? AS VARCHAR(100)) IS NULL OR s.plan_id = ?)
                  AND s.as_of = COALESCE(CAST(? AS DATE),
                        (SELECT MAX(l.as_of) FROM target_score l WHERE l.plan_id = s.plan_id))
                ORDER BY s.plan_id, s.as_of, s.pillar, s.target_id""";
        Date date = asOf == null ? null : Date.valueOf(asOf);
        jdbc.query(sql, (ResultSet rs) -> row.accept(rs), planId, planId, date);
    }

    /**
     * The scores of the plan's previous report: those of the latest as-of date before {@code asOf}, or
     * {@link PreviousScores#NONE} when there is none. Read before this report's scores are stored.
     */
    public PreviousScores previous(String planId, LocalDate asOf) {
        LocalDate previousAsOf = jdbc.query(
                "SELECT MAX(as_of) FROM target_score WHERE plan_id = ? AND as_of < ?",
                rs -> rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null,
                planId, Date.valueOf(asOf));
        if (previousAsOf == null) {
            return PreviousScores.NONE;
        }
        Map<String, PreviousScores.Previous> targets = new HashMap<>();
        jdbc.query("""
                SELECT target_id, status, score, current_period, current_value FROM target_score
                WHERE plan_id = ? AND as_of = ?""", (ResultSet rs) -> {
            targets.put(rs.getString("target_id"), new PreviousScores.Previous(status(rs.getString("status")),
                    (Double) rs.getObject("score", Double.class), year(rs.getString("current_period")),
                    (Double) rs.getObject("current_value", Double.class)));
        }, planId, Date.valueOf(previousAsOf));
        return new PreviousScores(previousAsOf, targets);
    }

    private static ProgressStatus status(String code) {
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        return ProgressStatus.NOT_AVAILABLE;
    }

    private static Integer year(String period) {
        if (period == null || period.length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(period.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double baseValueShown(ScoredTarget s) {
        return s.reportedIn(s.result().baseYearUsed()).map(ObservationPoint::value).orElse(null);
    }

    private static Double currentValueShown(ScoredTarget s) {
        return s.reportedIn(s.result().currentYear()).map(ObservationPoint::value).orElse(null);
    }
}
