package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planscore.cli.ExitCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A lock's staleness is told by the database's clock: its heartbeat is written with the database's clock and compared
 * with it, never with a host's. A holder on another host whose own clock is far off (its acquired_at, written with
 * that host's clock, is decades away) is respected while its heartbeat is recent by the database's clock, and taken
 * over once that heartbeat is older than planscore.lock.max-age (10 minutes, the default) by the same clock. The
 * runs take place in the test's JVM, but for the one whose JVM runs in another time zone.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunLockClockFunctionalTests {

    @RegisterExtension
    static final Installation INSTALLED = new Installation("run-lock-clock");

    @Test
    void aHeartbeatRecentByTheDatabaseClockIsRespectedWhateverTheHolderHostsClockSaid(CapturedOutput log)
            throws Exception {
        // given a lock of another host whose clock is 25 years behind, renewed just now by the database's clock
        Path root = INSTALLED.root();
        FunctionalFolders.execute(root, "INSERT INTO run_lock VALUES ('nightly', 'other-host.example', 4242, 'run', "
                + "TIMESTAMP '2001-01-01 00:00:00', LOCALTIMESTAMP)");

        // when a run starts
        CommandResult run = INSTALLED.application().run("run", "--as-of", "2025-12-31");

        // then it is refused: the holder is alive by the database's clock
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.ANOTHER_RUN_ACTIVE);
        assertThat(run.output()).contains("pid 4242 on other-host.example");
        assertThat(log.getOut()).doesNotContain("Took over");
        assertThat(FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM run_lock WHERE holder_pid = 4242"))
                .isEqualTo(1);
    }

    @Test
    void aHeartbeatOlderThanTheMaxAgeByTheDatabaseClockIsTakenOverThoughTheHolderHostsClockIsAhead(CapturedOutput log)
            throws Exception {
        // given a lock of another host whose clock is decades ahead, last renewed an hour ago by the database's clock
        Path root = INSTALLED.root();
        FunctionalFolders.execute(root, "INSERT INTO run_lock VALUES ('nightly', 'other-host.example', 4242, 'run', "
                + "TIMESTAMP '2099-01-01 00:00:00', LOCALTIMESTAMP - INTERVAL '1' HOUR)");

        // when a run starts
        CommandResult run = INSTALLED.application().run("run", "--as-of", "2025-12-31");

        // then it takes the lock over, for an hour without heartbeat (3600 s, give or take the run's start)
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.OK);
        assertThat(log.getOut()).contains("Took over a stale run lock").contains("pid 4242 on other-host.example")
                .containsPattern("no heartbeat for 36\\d\\d s");
        assertThat(FunctionalFolders.queryLong(root, "SELECT COUNT(*) FROM run_lock")).isZero();
    }

    @Test
    void aHolderInAnotherTimeZoneIsAliveWhileItsHeartbeatIsRecent() throws Exception {
        // given a lock renewed just now by a holder whose session runs in UTC (this test's JVM)
        Path root = INSTALLED.root();
        FunctionalFolders.execute(root, "INSERT INTO run_lock VALUES ('nightly', 'other-host.example', 4242, 'run', "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        // when a run starts on a host seven hours ahead (Hai Phong's time zone)
        try (ChildProcessRun run = ChildProcessRun.start(root, List.of("-Duser.timezone=Asia/Ho_Chi_Minh"), "run",
                "--as-of", "2025-12-31")) {
            // then the holder is alive for it too: a heartbeat is an instant, not a local wall-clock time
            assertThat(run.awaitExit(300)).as(run.output()).isEqualTo(5);
            assertThat(run.output()).contains("pid 4242 on other-host.example").doesNotContain("Took over");
        }
    }
}
