package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planscore.cli.ExitCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run killed with SIGKILL in the middle of an import, then run again: the interrupted execution is recovered and
 * restarted from its last commit, the file is taken from processing/, and every row is stored exactly once. The
 * killed run is a JVM of its own; the next one runs in the test's JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrashRecoveryFunctionalTests {

    private static final int ROWS = 30_000;
    private static final Path ROOT = FunctionalFolders.fresh("crash-recovery");
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=1000");

    @Test
    void aKilledImportIsResumedWithNoRowLostAndNoneDoubled(CapturedOutput log) throws Exception {
        // given a large file in the inbox, and a run killed as soon as the import has committed some chunks
        writeBulkFile(ROOT.resolve("data/inbox/bulk.csv"));
        try (ChildProcessRun first = ChildProcessRun.start(ROOT, SETTINGS, "run", "--as-of", "2025-12-31")) {
            // A progress line is logged after a chunk is written, before it commits: two chunks written means at
            // least one committed.
            boolean progressing = first.awaitLine(l -> l.contains("bulk.csv: ") && rowsWritten(l) >= 2000, 120);
            assertThat(progressing).as("import progress before the kill; output:\n%s", first.output()).isTrue();
            // H2 writes commits to its file in the background, about every half second, and a loaded machine can
            // starve that thread; the test reaches the running database (AUTO_SERVER) and asks for the write itself,
            // so what it kills is a process with committed chunks on disk and more in flight.
            assertThat(checkpointOnceCommitted(2000)).as("rows committed before the kill").isBetween(2000L, ROWS - 1L);
            assertThat(first.output()).as("the import must still be running when killed").doesNotContain("bulk.csv: IMPORTED");
            first.kill();
        }
        long before = query("SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'");
        assertThat(before).as("rows committed before the kill").isBetween(1L, ROWS - 1L);
        assertThat(ROOT.resolve("data/processing/bulk.csv")).isRegularFile();

        // when the nightly job runs again (in the test's JVM: what it reads is the folder and the database)
        try (FolderApplication next = FolderApplication.on(ROOT, SETTINGS)) {
            CommandResult second = next.run("run", "--as-of", "2025-12-31");

            // then it recovered the execution, resumed after the committed rows, and stored every row once
            assertThat(second.exitCode()).as(log.getOut()).isEqualTo(ExitCode.OK);
            assertThat(log.getOut()).contains("Recovering importFile execution").contains("Resuming bulk.csv");
            // on H2, from a database re-created without the killed transaction's row versions (DatabaseRebuild)
            if (!FunctionalFolders.onPostgres()) {
                assertThat(log.getOut()).contains("Re-created the database from a script of its rows");
            }
        }
        assertThat(query("SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'")).isEqualTo(ROWS);
        assertThat(query("SELECT COUNT(DISTINCT area) FROM observation WHERE indicator = 'BULK'")).isEqualTo(ROWS);
        assertThat(query("SELECT COUNT(*) FROM imported_file WHERE file_name = 'bulk.csv' AND status = 'IMPORTED'"))
                .isEqualTo(1);
        long resumedReads = query("""
                SELECT MIN(s.READ_COUNT) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'file.name' AND p.PARAMETER_VALUE = 'bulk.csv' AND e.STATUS = 'COMPLETED'""");
        assertThat(resumedReads).as("rows read by the restarted execution").isLessThan(ROWS);
        assertThat(Files.list(ROOT.resolve("data/processing"))).isEmpty();
    }

    private static void writeBulkFile(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("indicator,area,period,value,unit,vintage,source\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("BULK,Area " + i + ",2024," + (i * 0.25) + ",units,official,generated for the crash test\n");
            }
        }
    }

    private static long rowsWritten(String progressLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) rows written").matcher(progressLine);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Waits until the running import has committed {@code rows}, then makes H2 write them to its file (PostgreSQL
     * commits are on disk already). */
    private static long checkpointOnceCommitted(long rows) throws SQLException, InterruptedException {
        try (Connection c = FunctionalFolders.connect(ROOT); Statement s = c.createStatement()) {
            for (int tries = 0; tries < 600; tries++) {
                long committed;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'")) {
                    rs.next();
                    committed = rs.getLong(1);
                }
                if (committed >= rows) {
                    if (!FunctionalFolders.onPostgres()) {
                        s.execute("CHECKPOINT SYNC");
                    }
                    return committed;
                }
                Thread.sleep(50);
            }
        }
        return 0;
    }

    private static long query(String sql) throws SQLException {
        return FunctionalFolders.queryLong(ROOT, sql);
    }
}
