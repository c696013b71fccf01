package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A run whose lock another process takes over must not go on beside the new holder: its next heartbeat finds the row
 * no longer its own, and the import stops at its next commit; the run exits non-zero and leaves the lock to the new
 * holder. Each run is a JVM of its own, as cron starts it.
 */
class LostRunLockFunctionalTests {

    private static final int ROWS = 120_000;
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=250", "-Dplanscore.lock.heartbeat=200ms");

    @Test
    void aRunWhoseLockIsTakenOverStopsAtItsNextCommitAndExitsNonZero() throws Exception {
        // given a run busy importing a large file
        Path root = FunctionalFolders.fresh("run-lock-lost");
        BulkFile.write(root.resolve("data/inbox/bulk.csv"), ROWS);
        try (ChildProcessRun run = ChildProcessRun.start(root, SETTINGS, "run", "--as-of", "2025-12-31")) {
            boolean importing = run.awaitLine(l -> l.contains("bulk.csv: ") && l.contains("rows read"), 120);
            assertThat(importing).as("run importing; output:\n%s", run.output()).isTrue();

            // when another process takes the lock over: its row now names another holder
            int updated = FunctionalFolders.update(root, "UPDATE run_lock SET holder_host = 'other-host.example', "
                    + "holder_pid = 4242, command = 'run', acquired_at = CURRENT_TIMESTAMP, "
                    + "heartbeat_at = CURRENT_TIMESTAMP WHERE lock_name = 'nightly'");
            assertThat(updated).as("the run's lock row; output:\n%s", run.output()).isEqualTo(1);

            // then the run notices at its next heartbeat, stops the import at its next commit, and exits non-zero
            int exit = run.awaitExit(300);
            assertThat(exit).as(run.output()).isNotZero();
            assertThat(run.output()).contains("The run lock was taken over by another process")
                    .contains("stopped: what was not finished resumes on the next run")
                    .doesNotContain("bulk.csv: IMPORTED");
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
}
