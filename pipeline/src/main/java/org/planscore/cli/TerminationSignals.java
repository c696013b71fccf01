package org.planscore.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT, handled before the JVM starts shutting down. Left to the JVM, a signal runs every shutdown
 * hook at once, H2's among them, which closes the database under the running job; here the job is stopped first
 * (at its next commit, restartable), and only then does the JVM exit: with the command's own status when it wound
 * down in time ({@code run}: 1, not finished; {@code serve}: 0), else 128 + the signal's number, as does a second
 * signal, at once. Where {@code sun.misc.Signal} is missing, the shutdown hook alone remains.
 */
final class TerminationSignals {

    private TerminationSignals() {
    }

    /** @param stop stops the command and waits for it; true when it ended in time */
    static void handle(BooleanSupplier stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[]{"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    int status = 128 + signal.getNumber();
                    if (!stopping.compareAndSet(false, true)) {
                        System.exit(status);
                    }
                    Thread stopper = new Thread(() -> {
                        if (!stop.getAsBoolean()) {
                            System.exit(status);
                        }
                        // else the command has returned and main() exits with its own status
                    }, "planscore-signal-" + name);
                    stopper.start();
                });
            } catch (IllegalArgumentException | LinkageError unsupported) {
                // this JVM or platform does not let us handle the signal: the shutdown hook stops the jobs
            }
        }
    }
}
