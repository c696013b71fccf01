package org.planscore.cli;

import java.io.PrintStream;

/** {@code progress --cases IN.csv [--out OUT.csv]}: the progress measure on ad-hoc series (SCORING.md §4). */
final class ProgressCommand {

    private final PrintStream out;
    private final PrintStream err;

    ProgressCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(CommandLine line) throws Exception {
        line.allow("cases", "out");
        throw new UnsupportedOperationException("wired when the scoring branch lands");
    }
}
