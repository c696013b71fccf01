package org.planscore.ingest;

import java.util.List;
import java.util.stream.Collectors;

import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.map.RowProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Rows of imported files that could not be used, with every problem of each row in both languages. */
@Repository
public class RejectedRowRepository {

    private static final String UPSERT = """
            MERGE INTO rejected_row r
            USING (VALUES (?, CAST(? AS INTEGER), ?, ?, ?, ?)) AS s(file_sha256, file_row, location, raw_text, message_vi, message_en)
            ON r.file_sha256 = s.file_sha256 AND r.file_row = s.file_row
            WHEN MATCHED THEN UPDATE SET location = s.location, raw_text = s.raw_text, message_vi = s.message_vi,
              message_en = s.message_en
            WHEN NOT MATCHED THEN INSERT (file_sha256, file_row, location, raw_text, message_vi, message_en)
              VALUES (s.file_sha256, s.file_row, s.location, s.raw_text, s.message_vi, s.message_en)
            """;

    private final JdbcTemplate jdbc;

    public RejectedRowRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(String fileSha256, List<ImportItem> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, rejected, rejected.size(), (ps, item) -> {
            ps.setString(1, fileSha256);
            ps.setInt(2, item.row());
            ps.setString(3, item.problems().stream().map(p -> p.location().compact()).collect(Collectors.joining(" ")));
            ps.setString(4, truncate(item.rawText()));
            ps.setString(5, truncate(join(item.problems(), true)));
            ps.setString(6, truncate(join(item.problems(), false)));
        });
    }

    public List<RejectedRow> findByFile(String fileSha256) {
        return jdbc.query("SELECT * FROM rejected_row WHERE file_sha256 = ? ORDER BY file_row",
                (rs, i) -> new RejectedRow(rs.getInt("file_row"), rs.getString("location"), rs.getString("raw_text"),
                        rs.getString("message_vi"), rs.getString("message_en")), fileSha256);
    }

    public long countByFile(String fileSha256) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE file_sha256 = ?", Long.class, fileSha256);
        return n == null ? 0 : n;
    }

    private static String join(List<RowProblem> problems, boolean vietnamese) {
        return problems.stream().map(p -> vietnamese ? p.message().vi() : p.message().en())
                .collect(Collectors.joining(" | "));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    /** A rejected row as listed in {@code <file>.errors.csv}. */
    public record RejectedRow(int row, String location, String rawText, String messageVi, String messageEn) {
    }
}
