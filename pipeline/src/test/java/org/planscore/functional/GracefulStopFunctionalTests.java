package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planscore.cli.ExitCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * SIGTERM in the middle of an import: the job is stopped at its next commit (STOPPED, restartable), the process
 * exits, and the next run resumes the file where it stopped: every row stored exactly once, and counted once in the
 * file's note.
 * <p>
 * The import is held mid-file while the signal is handled, however fast the machine: the test's own transaction
 * locks the running step's row in the job repository, as a long transaction of another database client would, so
 * the import cannot commit its next chunk, let alone finish, until the test lets go after the stop was requested.
 */
@ExtendWith(OutputCaptureExtension.class)
class GracefulStopFunctionalTests {

    private static final int ROWS = 3_000;
    private static final Path ROOT = FunctionalFolders.fresh("graceful-stop");
    /** H2 gives up on a row lock after 2 s by default; PostgreSQL waits. The held import should wait too. */
    private static final String WAIT_FOR_LOCKS = "SET LOCK_TIMEOUT 120000";
    private static final List<String> SETTINGS = FunctionalFolders.onPostgres()
            ? List.of("-Dplanscore.import.progress-interval=50ms", "-Dplanscore.import.chunk-size=250")
            : List.of("-Dplanscore.import.progress-interval=50ms", "-Dplanscore.import.chunk-size=250",
                    "-Dspring.datasource.hikari.connection-init-sql=" + WAIT_FOR_LOCKS);

    @Test
    void aTerminatedImportStopsAtACommitAndTheNextRunFinishesItExactly(CapturedOutput log) throws Exception {
        // given a run importing a file of twelve chunks, its import step held mid-file by a transaction of ours
        BulkFile.write(ROOT.resolve("data/inbox/bulk.csv"), ROWS);
        try (ChildProcessRun first = ChildProcessRun.start(ROOT, SETTINGS, "run", "--as-of", "2025-12-31")) {
            try (Connection holder = FunctionalFolders.connect(ROOT)) {
                holder.setAutoCommit(false);
                holdRunningImportStep(holder, first);

                // when it receives SIGTERM while held
                first.terminate();
                boolean handled = first.awaitLine(l -> l.contains("Stop requested for importFile execution"), 120);
                assertThat(handled).as("the stop request, the import still held; output:\n%s", first.output())
                        .isTrue();
                holder.rollback();
            }

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

        // when the nightly job runs again (in the test's JVM: what it reads is the folder and the database)
        try (FolderApplication next = FolderApplication.on(ROOT, SETTINGS)) {
            CommandResult second = next.run("run", "--as-of", "2025-12-31");
            assertThat(second.exitCode()).as(log.getOut()).isEqualTo(ExitCode.OK);
            assertThat(log.getOut()).contains("Resuming bulk.csv").doesNotContain("Recovering");
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

    /**
     * Waits for the run's import of the bulk file to be under way, then locks its step's row in the job repository
     * and checks, under the lock, that the step is running: every commit of the step writes that row, so from here
     * on it can neither commit nor finish.
     */
    private static void holdRunningImportStep(Connection holder, ChildProcessRun run) throws Exception {
        // the run opens the database first (it is the one whose AUTO_SERVER the test joins), then seeds the samples
        assertThat(run.awaitLine(l -> l.contains("Empty database: added the packaged sample"), 120))
                .as("the run's database ready; output:\n%s", run.output()).isTrue();
        if (!FunctionalFolders.onPostgres()) {
            try (Statement s = holder.createStatement()) {
                s.execute(WAIT_FOR_LOCKS);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && run.isAlive()) {
            try (Statement s = holder.createStatement(); ResultSet step = s.executeQuery("""
                    SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s
                    JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                    WHERE s.STEP_NAME = 'importRows' AND p.PARAMETER_NAME = 'file.name'
                    AND p.PARAMETER_VALUE = 'bulk.csv'""")) {
                if (step.next()) {
                    try (PreparedStatement lock = holder.prepareStatement(
                            "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = ? FOR UPDATE")) {
                        lock.setLong(1, step.getLong(1));
                        try (ResultSet row = lock.executeQuery()) {
                            row.next();
                            String status = row.getString("STATUS");
                            if (status.equals("STARTED")) {
                                return;
                            }
                            // STARTING: held there, the step would stop before its first chunk; let it start
                            assertThat(status).as("the bulk import step; output:\n%s", run.output())
                                    .isEqualTo("STARTING");
                        }
                    }
                }
            }
            holder.rollback();
            Thread.sleep(10);
        }
        throw new AssertionError("the bulk import step never ran; output:\n" + run.output());
    }
}
