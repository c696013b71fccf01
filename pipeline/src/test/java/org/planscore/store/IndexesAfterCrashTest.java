package org.planscore.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The indexes built again after an interrupted run are the ones the migrations made: same names, same columns, the
 * same keys refused, every row kept. (That the rebuild clears what a killed process left is shown by the
 * crash-recovery functional tests, which failed twice on a busy machine without it.)
 */
class IndexesAfterCrashTest {

    private static final String INSERT_OBSERVATION = """
            INSERT INTO observation (indicator, area, period, vintage, source_key, source, obs_value, unit,
                                     file_sha256, file_row, imported_at)
            VALUES (?, ?, '2024', 'official', 'k', 'a test', 1.0, '%', ?, ?, CURRENT_TIMESTAMP)""";
    private static final String INSERT_REJECTED = """
            INSERT INTO rejected_row (file_sha256, file_row, location, message_vi, message_en, raw_text)
            VALUES (?, ?, 'Sheet1!2:B2', 'lỗi', 'error', 'x')""";

    @TempDir
    Path dir;

    @Test
    void theRebuiltIndexesAreTheMigrationsOwnAndEveryRowIsKept() throws Exception {
        // given an H2 database made by the migrations, with rows in both tables an import writes
        String url = "jdbc:h2:file:" + dir.resolve("planscore");
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2",
                    "classpath:db/migration/common").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (int i = 0; i < 3; i++) {
                jdbc.update(INSERT_OBSERVATION, "GRDP", "Area " + i, "f".repeat(64), i + 2);
                jdbc.update(INSERT_REJECTED, "f".repeat(64), i + 2);
            }
            String indexesBefore = indexes(jdbc);

            // when the indexes are built again, after one crash and after another
            IndexesAfterCrash indexesAfterCrash = new IndexesAfterCrash(jdbc, new DatabaseProduct(dataSource));
            assertThat(indexesAfterCrash.rebuild()).as("built again after a first crash").isTrue();
            assertThat(indexes(jdbc)).as("after the first rebuild").isEqualTo(indexesBefore);
            assertThat(indexesAfterCrash.rebuild()).as("built again after a second crash").isTrue();

            // then the same indexes exist, none left over, the rows are all there, and the keys are still refused twice
            assertThat(indexes(jdbc)).isEqualTo(indexesBefore).contains("OBSERVATION_BY_FILE")
                    .contains("OBSERVATION_NATURAL_KEY").contains("REJECTED_ROW_KEY");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation", Long.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row", Long.class)).isEqualTo(3);
            assertThatThrownBy(() -> jdbc.update(INSERT_OBSERVATION, "GRDP", "Area 1", "e".repeat(64), 9))
                    .isInstanceOf(DuplicateKeyException.class);
            assertThatThrownBy(() -> jdbc.update(INSERT_REJECTED, "f".repeat(64), 3))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    /** The indexes of the two tables: kind, columns in order, constraint (or index) name, and a temporary one left. */
    private static String indexes(JdbcTemplate jdbc) {
        return String.join("\n", jdbc.queryForList("""
                SELECT i.TABLE_NAME || ' ' || i.INDEX_TYPE_NAME || ' ' || LISTAGG(c.COLUMN_NAME, ',')
                       WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) || ' ' || COALESCE(k.CONSTRAINT_NAME, i.INDEX_NAME)
                       || ' ' || CASE WHEN i.INDEX_NAME LIKE '%REBUILT%' THEN 'left over' ELSE '' END
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
                LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS k ON k.INDEX_NAME = i.INDEX_NAME
                WHERE i.TABLE_NAME IN ('OBSERVATION', 'REJECTED_ROW')
                GROUP BY i.TABLE_NAME, i.INDEX_TYPE_NAME, i.INDEX_NAME, k.CONSTRAINT_NAME
                ORDER BY 1""", String.class));
    }
}
