package org.planscore.cli;

import java.net.ConnectException;
import java.sql.SQLException;

import org.planscore.plan.PlanValidationException;

/** Tells why the application could not start, so cron sees a distinct exit status for each cause. */
final class StartupFailure {

    private StartupFailure() {
    }

    static ExitCode classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PlanValidationException) {
                return ExitCode.CONFIG_INVALID;
            }
            if (t instanceof SQLException || t instanceof ConnectException
                    || t.getClass().getName().startsWith("org.flywaydb.core.internal.exception.FlywaySqlException")) {
                return ExitCode.DATABASE_UNAVAILABLE;
            }
            if (t.getClass().getName().startsWith("org.springframework.boot.context.properties.bind")) {
                return ExitCode.CONFIG_INVALID;
            }
        }
        return ExitCode.RUN_FAILED;
    }

    /** The innermost message: usually the one that names the real cause (a locked file, a refused connection). */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
