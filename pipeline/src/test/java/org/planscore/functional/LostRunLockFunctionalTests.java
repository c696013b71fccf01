package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planscore.cli.ExitCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run whose lock another process takes over must not go on beside the new holder: its next heartbeat finds the row
 * no longer its own, and the import stops at its next commit; the run exits non-zero and leaves the lock to the new
 * holder. The run is the application in the test's JVM: what it reads is its lock row.
 */
@ExtendWith(OutputCaptureExtension.class)
class LostRunLockFunctionalTests {

    private static final int ROWS = 120_000;
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=250", "-Dplanscore.lock.heartbeat=200ms");

    @Test
    void aRunWhoseLockIsTakenOverStopsAtItsNextCommitAndExitsNonZero(CapturedOutput log) throws Exception {
        // given a run busy importing a large file
        Path root = FunctionalFolders.fresh("run-lock-lost");
        BulkFile.write(root.resolve("data/inbox/bulk.csv"), ROWS);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (FolderApplication installed = FolderApplication.on(root, SETTINGS)) {
            Future<CommandResult> running = background.submit(() -> installed.run("run", "--as-of", "2025-12-31"));
            boolean importing = awaitLog(log, l -> l.contains("bulk.csv: ") && l.contains("rows read"), running);
            assertThat(importing).as("run importing; output:\n%s", log.getOut()).isTrue();

            // when another process takes the lock over: its row now names another holder
            int updated = FunctionalFolders.update(root, "UPDATE run_lock SET holder_host = 'other-host.example', "
                    + "holder_pid = 4242, command = 'run', acquired_at = CURRENT_TIMESTAMP, "
                    + "heartbeat_at = CURRENT_TIMESTAMP WHERE lock_name = 'nightly'");
            assertThat(updated).as("the run's lock row; output:\n%s", log.getOut()).isEqualTo(1);

            // then the run notices at its next heartbeat, stops the import at its next commit, and ends non-zero
            CommandResult run = running.get(300, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.output()).isNotEqualTo(ExitCode.OK);
            assertThat(run.output()).contains("stopped: what was not finished resumes on the next run");
            assertThat(log.getOut()).contains("The run lock was taken over by another process")
                    .doesNotContain("bulk.csv: IMPORTED");
        } finally {
            background.shutdownNow();
        }
        // and it did not import the rest of the file: the rows stop short, the file waits in processing to resume
        long imported = FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'");
        assertThat(imported).isLessThan(ROWS);
        assertThat(root.resolve("data/processing/bulk.csv")).isRegularFile();
        assertThat(FunctionalFolders.queryLong(root, """
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'""")).isEqualTo(1);
        // and the lock is left to its new holder, not released by the run that lost it
        assertThat(FunctionalFolders.queryLong(root,
                "SELECT COUNT(*) FROM run_lock WHERE holder_host = 'other-host.example' AND holder_pid = 4242"))
                .isEqualTo(1);
    }

    /** Waits until a log line matches, or the run ends, or two minutes pass; true when a line matched. */
    private static boolean awaitLog(CapturedOutput log, Predicate<String> wanted, Future<?> running)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            boolean ended = running.isDone();
            if (log.getOut().lines().anyMatch(wanted)) {
                return true;
            }
            if (ended) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
