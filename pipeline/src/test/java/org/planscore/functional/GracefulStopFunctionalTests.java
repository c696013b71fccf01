package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * SIGTERM in the middle of an import: the job is stopped at its next commit (STOPPED, restartable), the process
 * exits, and the next run resumes the file where it stopped: every row stored exactly once, and counted once in the
 * file's note.
 */
class GracefulStopFunctionalTests {

    private static final int ROWS = 20_000;
    private static final Path ROOT = FunctionalFolders.fresh("graceful-stop");
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=250");

    @Test
    void aTerminatedImportStopsAtACommitAndTheNextRunFinishesItExactly() throws Exception {
        // given a run importing a large file
        BulkFile.write(ROOT.resolve("data/inbox/bulk.csv"), ROWS);
        try (ChildProcessRun first = ChildProcessRun.start(ROOT, SETTINGS, "run", "--as-of", "2025-12-31")) {
            boolean importing = first.awaitLine(l -> l.contains("bulk.csv: ") && l.contains("rows read"), 120);
            assertThat(importing).as("import progress before SIGTERM; output:\n%s", first.output()).isTrue();

            // when it receives SIGTERM
            first.terminate();

            // then it stops the job and exits as a run that did not finish, without writing reports
            int exit = first.awaitExit(120);
            Files.writeString(ROOT.resolve("first-run.log"), first.output());
            assertThat(first.output()).contains("Stop requested for importFile execution")
                    .contains("stopped: what was not finished resumes on the next run")
                    .doesNotContain("report haiphong-2025");
            assertThat(exit).as(first.output()).isEqualTo(1);
        }
        assertThat(FunctionalFolders.queryLong(ROOT, """
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE i.JOB_NAME = 'importFile' AND e.STATUS = 'STOPPED'""")).as("stopped import executions").isEqualTo(1);
        long before = FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'");
        assertThat(before).as("rows committed before the stop").isBetween(1L, ROWS - 1L);
        assertThat(ROOT.resolve("data/processing/bulk.csv")).isRegularFile();
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM run_lock")).as("lock released").isZero();

        // when the nightly job runs again
        try (ChildProcessRun second = ChildProcessRun.start(ROOT, SETTINGS, "run", "--as-of", "2025-12-31")) {
            assertThat(second.awaitExit(300)).as(second.output()).isZero();
            assertThat(second.output()).contains("Resuming bulk.csv").doesNotContain("Recovering");
        }

        // then every row is there once, and the restarted execution read only what was left
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'"))
                .isEqualTo(ROWS);
        assertThat(FunctionalFolders.queryLong(ROOT,
                "SELECT COUNT(DISTINCT area) FROM observation WHERE indicator = 'BULK'")).isEqualTo(ROWS);
        long resumedReads = FunctionalFolders.queryLong(ROOT, """
                SELECT MIN(s.READ_COUNT) FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'file.name' AND p.PARAMETER_VALUE = 'bulk.csv' AND e.STATUS = 'COMPLETED'""");
        assertThat(resumedReads).as("rows read by the restarted execution").isEqualTo(ROWS - before);
        try (var left = Files.list(ROOT.resolve("data/processing"))) {
            assertThat(left).isEmpty();
        }
        // and the note beside the archived file counts the rows of both executions: the tally the import keeps in
        // its step's context resumed where the stopped execution left it
        try (var archived = Files.walk(ROOT.resolve("data/archive"))) {
            Path note = archived.filter(p -> p.getFileName().toString().equals("bulk.csv.note.txt")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(note)).contains("1 tables read, " + ROWS + " figures");
        }
    }
}
