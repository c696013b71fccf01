package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planscore.cli.ExitCode;
import org.planscore.support.HostName;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One run at a time: a second {@code run} while the first is active exits at once with status 5 and names the first
 * (host, pid, since); a lock left by a process that no longer exists, or not renewed for longer than its max age,
 * is taken over. The active run is a JVM of its own, as cron starts it; the second run and the take-overs run in the
 * test's JVM (the lock row, not the process, is what they read).
 */
@ExtendWith(OutputCaptureExtension.class)
class RunLockFunctionalTests {

    private static final int ROWS = 2_000;
    private static final List<String> SETTINGS = List.of("-Dplanscore.import.progress-interval=50ms",
            "-Dplanscore.import.chunk-size=250");

    /** The installation the take-over tests share (the busy-run test has a folder of its own). */
    @RegisterExtension
    static final Installation INSTALLED = new Installation("run-lock-takeover");

    @Test
    void aSecondRunWhileTheFirstIsActiveExitsWithFiveAndNamesTheFirst() throws Exception {
        // given a run that holds the lock: it imports a file, then waits on a mail server that the test keeps
        // silent (an event the test controls, not a race against how fast the import goes on a loaded machine)
        Path root = FunctionalFolders.fresh("run-lock-busy");
        BulkFile.write(root.resolve("data/inbox/bulk.csv"), ROWS);
        try (ServerSocket silentSmtp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            silentSmtp.setSoTimeout(300_000);
            List<String> settings = new ArrayList<>(SETTINGS);
            settings.addAll(List.of("-Dspring.mail.host=127.0.0.1", "-Dspring.mail.port=" + silentSmtp.getLocalPort(),
                    "-Dspring.mail.properties.mail.smtp.timeout=600000",
                    "-Dplanscore.delivery.recipients=chutich@example.gov.vn",
                    "-Dplanscore.delivery.retry.max-retries=0"));
            try (ChildProcessRun first = ChildProcessRun.start(root, settings, "run", "--as-of", "2025-12-31");
                 Socket delivering = silentSmtp.accept()) {

                // when a second run starts while the first is delivering
                try (FolderApplication secondInstallation = FolderApplication.on(root)) {
                    CommandResult second = secondInstallation.run("run", "--as-of", "2025-12-31");

                    // then it exits with status 5, naming the first run's process: it saw the first run's lock and
                    // did not wait for it (taking the lock never blocks)
                    assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
                    assertThat(second.output()).contains("another run is active")
                            .contains("pid " + first.pid() + " on ").contains("since ");
                }

                // and the first run, once the mail server hangs up, ends with its delivery pending (exit 1, README)
                delivering.close();
                assertThat(first.awaitExit(300)).as(first.output()).isEqualTo(1);
            }
        }
        // having imported every row once and released the lock
        assertThat(FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM observation WHERE indicator = 'BULK'"))
                .isEqualTo(ROWS);
        assertThat(FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM run_lock")).isZero();
    }

    @Test
    void aLockLeftByAProcessThatNoLongerExistsIsTakenOver(CapturedOutput log) throws Exception {
        // given an installation whose database exists, and a lock row whose holder, on this host, has exited
        Path root = INSTALLED.root();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String host = HostName.local();
        FunctionalFolders.execute(root, "INSERT INTO run_lock VALUES ('nightly', '" + host + "', " + gone.pid()
                + ", 'run', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        // when a run starts
        CommandResult run = INSTALLED.application().run("run", "--as-of", "2025-12-31");

        // then it takes the lock over and runs, on H2 from a database re-created first: the stopped run may have
        // been killed in the middle of a transaction (DatabaseRebuild)
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
        assertThat(log.getOut()).contains("Took over a stale run lock").contains("no longer exists");
        if (!FunctionalFolders.onPostgres()) {
            assertThat(log.getOut()).contains("Re-created the database from a script of its rows");
        }
    }

    @Test
    void aLockOfAnotherHostIsRespectedUntilItsHeartbeatIsOlderThanTheMaxAge(CapturedOutput log) throws Exception {
        // given an installation whose database exists, and a lock held by a live-looking process on another host
        Path root = INSTALLED.root();
        FunctionalFolders.execute(root, "INSERT INTO run_lock VALUES ('nightly', 'other-host.example', 4242, 'run', "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        // when a run starts, it is refused
        CommandResult refused = INSTALLED.application().run("run", "--as-of", "2025-12-31");
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
        assertThat(refused.output()).contains("pid 4242 on other-host.example");

        // and once the heartbeat is older than planscore.lock.max-age, a run takes it over
        try (FolderApplication impatient = FolderApplication.on(root, "planscore.lock.max-age=1ms")) {
            CommandResult run = impatient.run("run", "--as-of", "2025-12-31");
            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
            assertThat(log.getOut()).contains("Took over a stale run lock").contains("no heartbeat");
        }
    }
}
