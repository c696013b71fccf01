package org.planscore.store;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.planscore.scoring.ValueBound;
import org.planscore.support.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores observations idempotently: a replayed chunk or a figure seen again updates the same row.
 *
 * <p>A chunk is first written with plain INSERTs inside a savepoint, the fast path for new figures; when any of its
 * rows is already stored (a restart replaying a chunk, a revised file), the savepoint is rolled back and the chunk
 * is written again with MERGE. Measured with {@code ./planscore bench} (docs/benchmark.md).
 */
@Repository
public class ObservationRepository {

    private static final String INSERT = """
            INSERT INTO observation (indicator, area, period, vintage, source_key, source, obs_value, unit, note,
               published, file_sha256, file_row, imported_at, bound, covers_to, definition, source_cell, coverage,
               measure)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    // Standard SQL MERGE: H2 and PostgreSQL 15+ both run it, keyed on the natural key's unique constraint.
    private static final String UPSERT = """
            MERGE INTO observation o
            USING (VALUES (?, ?, ?, ?, ?, ?, CAST(? AS DOUBLE PRECISION), ?, ?, CAST(? AS DATE), ?, CAST(? AS INTEGER),
                           CAST(? AS TIMESTAMP), ?, CAST(? AS DATE), ?, CAST(? AS VARCHAR(20)), ?, ?))
              AS s(indicator, area, period, vintage, source_key, source, obs_value, unit, note, published, file_sha256,
                   file_row, imported_at, bound, covers_to, definition, source_cell, coverage, measure)
            ON o.indicator = s.indicator AND o.area = s.area AND o.period = s.period
               AND o.vintage = s.vintage AND o.source_key = s.source_key
            WHEN MATCHED THEN UPDATE SET obs_value = s.obs_value, unit = s.unit, note = s.note, source = s.source,
               published = s.published, file_sha256 = s.file_sha256, file_row = s.file_row, imported_at = s.imported_at,
               bound = s.bound, covers_to = s.covers_to, definition = s.definition, source_cell = s.source_cell,
               coverage = s.coverage, measure = s.measure
            WHEN NOT MATCHED THEN INSERT (indicator, area, period, vintage, source_key, source, obs_value, unit, note,
               published, file_sha256, file_row, imported_at, bound, covers_to, definition, source_cell, coverage,
               measure)
             VALUES (s.indicator, s.area, s.period, s.vintage, s.source_key, s.source, s.obs_value, s.unit, s.note,
               s.published, s.file_sha256, s.file_row, s.imported_at, s.bound, s.covers_to, s.definition, s.source_cell,
               s.coverage, s.measure)
            """;

    /** Files cite a handful of sources: their digests are kept rather than recomputed for every row. */
    private static final int SOURCE_KEYS_KEPT = 4096;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final Map<String, String> sourceKeys = new ConcurrentHashMap<>();

    private final boolean insertFirst;

    public ObservationRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                 @Value("${planscore.import.insert-first:true}") boolean insertFirst) {
        this.jdbc = jdbc;
        this.insertFirst = insertFirst;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void upsert(List<Observation> observations) {
        upsert(observations, null);
    }

    /**
     * @param cells where each observation sits in its sheet ("E29"), in the same order; null, or a null element,
     *              when not known
     */
    public void upsert(List<Observation> observations, List<String> cells) {
        if (observations.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (!insertFirst) {
            write(UPSERT, observations, cells, now);
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> write(INSERT, observations, cells, now));
        } catch (DataIntegrityViolationException alreadyStored) {
            // Some row exists (or is invalid: then MERGE fails the same way and reports it).
            write(UPSERT, observations, cells, now);
        }
    }

    private void write(String sql, List<Observation> observations, List<String> cells, Timestamp now) {
        java.util.Iterator<String> cell = cells == null ? null : cells.iterator();
        jdbc.batchUpdate(sql, observations, observations.size(), (ps, o) -> {
            ps.setString(1, o.indicator());
            ps.setString(2, o.area());
            ps.setString(3, o.period());
            ps.setString(4, o.vintage().code());
            ps.setString(5, cachedSourceKey(o.source()));
            ps.setString(6, o.source());
            ps.setDouble(7, o.value());
            ps.setString(8, o.unit());
            ps.setString(9, o.note());
            ps.setObject(10, o.published() == null ? null : java.sql.Date.valueOf(o.published()));
            ps.setString(11, o.fileSha256());
            ps.setInt(12, o.fileRow());
            ps.setTimestamp(13, now);
            ps.setString(14, o.bound() == null ? null : o.bound().code());
            ps.setObject(15, o.coversTo() == null ? null : java.sql.Date.valueOf(o.coversTo()));
            ps.setString(16, o.definition());
            ps.setString(17, cell != null && cell.hasNext() ? cell.next() : null);
            ps.setString(18, o.coverage());
            ps.setString(19, o.measure());
        });
    }

    private static final String SELECT = """
            SELECT id, indicator, area, period, vintage, source, obs_value, unit, note, published, file_sha256, file_row,
                   imported_at, bound, covers_to, definition, source_cell, coverage, measure
            FROM observation""";

    private static final RowMapper<StoredObservation> ROW = (rs, i) -> new StoredObservation(rs.getLong("id"),
            new Observation(rs.getString("indicator"), rs.getString("area"), rs.getString("period"),
                    rs.getDouble("obs_value"), rs.getString("unit"),
                    Vintage.valueOf(rs.getString("vintage").toUpperCase(Locale.ROOT)), rs.getString("source"),
                    rs.getString("note"), rs.getDate("published") == null ? null : rs.getDate("published").toLocalDate(),
                    rs.getString("file_sha256"), rs.getInt("file_row"),
                    rs.getString("bound") == null ? null : ValueBound.valueOf(rs.getString("bound").toUpperCase(Locale.ROOT)),
                    rs.getDate("covers_to") == null ? null : rs.getDate("covers_to").toLocalDate(),
                    rs.getString("definition"), rs.getString("coverage"), rs.getString("measure")),
            rs.getTimestamp("imported_at").toInstant(), rs.getString("source_cell"), null);

    /** Every stored figure of an indicator, in import order, for scoring and reports. */
    public List<StoredObservation> findByIndicator(String indicator) {
        return jdbc.query(SELECT + " WHERE indicator = ? ORDER BY id", ROW, indicator);
    }

    /** The indicator codes that have stored figures, in code order. */
    public List<String> indicators() {
        return jdbc.queryForList("SELECT DISTINCT indicator FROM observation ORDER BY indicator", String.class);
    }

    /** Every stored figure, for {@code export observations}; streamed, not collected. */
    public void forEach(Consumer<StoredObservation> consumer) {
        jdbc.query(SELECT + " ORDER BY indicator, area, period, vintage, id",
                (ResultSet rs) -> consumer.accept(ROW.mapRow(rs, 0)));
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM observation", Long.class);
        return n == null ? 0 : n;
    }

    public long countByFile(String sha256) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE file_sha256 = ?", Long.class, sha256);
        return n == null ? 0 : n;
    }

    private String cachedSourceKey(String source) {
        String key = sourceKeys.get(source);
        if (key == null) {
            if (sourceKeys.size() >= SOURCE_KEYS_KEPT) {
                sourceKeys.clear();
            }
            key = sourceKey(source);
            sourceKeys.put(source, key);
        }
        return key;
    }

    /** Sources can be long; the unique key uses their digest so it fits every database's index limits. */
    static String sourceKey(String source) {
        return Sha256.ofText(source);
    }
}
