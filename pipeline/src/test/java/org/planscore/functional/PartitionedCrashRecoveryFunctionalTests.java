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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planscore.cli.ExitCode;
import org.planscore.ingest.PartitionedImportConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The partitioned import job (files side by side, {@code planscore.import.parallel-files} above 1) killed with SIGKILL
 * while both files import, then run again: recovery knows that job too, every row is stored exactly once and both
 * files are archived. The killed run is a JVM of its own, so the test can kill it as cron's host might; the next one
 * runs in the test's JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class PartitionedCrashRecoveryFunctionalTests {

    private static final int ROWS = 10_000;
    private static final Path ROOT = FunctionalFolders.fresh("partitioned-crash-recovery");
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=250", "-Dplanscore.import.parallel-files=2");

    @Test
    void aKilledPartitionedImportIsRecoveredWithEveryRowOnceAndBothFilesArchived(CapturedOutput log) throws Exception {
        // given two files of 40 chunks in the inbox, and a partitioned run killed once both have committed some
        // chunks
        writeBulkFile(ROOT.resolve("data/inbox/north.csv"), "PART_NORTH");
        writeBulkFile(ROOT.resolve("data/inbox/south.csv"), "PART_SOUTH");
        try (ChildProcessRun first = ChildProcessRun.start(ROOT, SETTINGS, "run", "--as-of", "2025-12-31")) {
            // A progress line is logged after a chunk is written, before it commits: two chunks written means at
            // least one committed.
            boolean progressing = first.awaitLine(l -> l.contains("north.csv: ") && rowsWritten(l) >= 500, 120)
                    && first.awaitLine(l -> l.contains("south.csv: ") && rowsWritten(l) >= 500, 120);
            assertThat(progressing).as("both files importing before the kill; output:\n%s", first.output()).isTrue();
            assertThat(checkpointOnceCommitted(500)).as("rows committed before the kill").isBetween(1000L, 2L * ROWS - 1);
            assertThat(first.output()).as("the import must still be running when killed")
                    .doesNotContain("north.csv: IMPORTED").doesNotContain("south.csv: IMPORTED");
            first.kill();
        }
        long before = count("PART_NORTH") + count("PART_SOUTH");
        assertThat(before).as("rows committed before the kill").isBetween(1L, 2L * ROWS - 1);

        // when the nightly job runs again, still partitioned (in the test's JVM: what it reads is the folder and the
        // database)
        try (FolderApplication next = FolderApplication.on(ROOT, SETTINGS)) {
            CommandResult second = next.run("run", "--as-of", "2025-12-31");

            // then it recovered the killed executions and finished both files
            assertThat(second.exitCode()).as(log.getOut()).isEqualTo(ExitCode.OK);
            assertThat(log.getOut()).contains("Recovering " + PartitionedImportConfiguration.JOB_NAME + " execution");
            if (!FunctionalFolders.onPostgres()) {
                assertThat(log.getOut()).contains("Re-created the database from a script of its rows");
            }
        }
        // and no execution of any job is left looking alive (the killed partitioned one included)
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION "
                + "WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')")).isZero();
        // and every row is stored exactly once
        for (String indicator : List.of("PART_NORTH", "PART_SOUTH")) {
            assertThat(count(indicator)).as(indicator).isEqualTo(ROWS);
            assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(DISTINCT area) FROM observation WHERE indicator = '"
                    + indicator + "'")).as(indicator).isEqualTo(ROWS);
        }
        // and both files are recorded imported and archived, none left in processing or the inbox
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM imported_file WHERE file_name IN "
                + "('north.csv', 'south.csv') AND status = 'IMPORTED'")).isEqualTo(2);
        try (Stream<Path> archived = Files.walk(ROOT.resolve("data/archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).contains("north.csv", "south.csv");
        }
        try (Stream<Path> processing = Files.list(ROOT.resolve("data/processing"))) {
            assertThat(processing).isEmpty();
        }
        try (Stream<Path> inbox = Files.list(ROOT.resolve("data/inbox"))) {
            assertThat(inbox).isEmpty();
        }
    }

    private static void writeBulkFile(Path file, String indicator) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("indicator,area,period,value,unit,vintage,source\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(indicator + ",Area " + i + ",2024," + (i * 0.25) + ",units,official,generated for the crash test\n");
            }
        }
        Files.move(partial, file);
    }

    private static long rowsWritten(String progressLine) {
        Matcher m = Pattern.compile("(\\d+) rows written").matcher(progressLine);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long count(String indicator) throws SQLException {
        return FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM observation WHERE indicator = '" + indicator + "'");
    }

    /** Waits until the running import has committed {@code rows} of both files, then makes H2 write them to its file
     * (PostgreSQL commits are on disk already). */
    private static long checkpointOnceCommitted(long rows) throws SQLException, InterruptedException {
        try (Connection c = FunctionalFolders.connect(ROOT); Statement s = c.createStatement()) {
            for (int tries = 0; tries < 1200; tries++) {
                long north;
                long south;
                try (ResultSet rs = s.executeQuery("SELECT SUM(CASE WHEN indicator = 'PART_NORTH' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN indicator = 'PART_SOUTH' THEN 1 ELSE 0 END) FROM observation")) {
                    rs.next();
                    north = rs.getLong(1);
                    south = rs.getLong(2);
                }
                if (north >= rows && south >= rows) {
                    if (!FunctionalFolders.onPostgres()) {
                        s.execute("CHECKPOINT SYNC");
                    }
                    return north + south;
                }
                Thread.sleep(50);
            }
        }
        return 0;
    }
}
