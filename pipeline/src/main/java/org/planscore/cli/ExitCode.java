package org.planscore.cli;

/** Exit statuses of {@code ./planscore}: a contract with cron jobs and scripts, documented in the README. */
public enum ExitCode {
    /** Done. Rejected input files are reported, not a failure. */
    OK(0),
    /** The run failed (a job failed, a file could not be imported for a system reason, a report could not be written). */
    RUN_FAILED(1),
    /** The command line is wrong. */
    USAGE(2),
    /** The configuration (a plan catalogue, a setting) is invalid. */
    CONFIG_INVALID(3),
    /** The database cannot be reached or opened (an H2 file held by another process, PostgreSQL down). */
    DATABASE_UNAVAILABLE(4),
    /** Another run is active. */
    ANOTHER_RUN_ACTIVE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
