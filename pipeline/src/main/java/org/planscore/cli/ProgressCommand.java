package org.planscore.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.planscore.cli.progress.ProgressCases;

/** {@code progress --cases IN.csv [--out OUT.csv]}: the progress measure on ad-hoc series (SCORING.md §4). */
final class ProgressCommand {

    private final PrintStream out;
    private final PrintStream err;

    ProgressCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(CommandDefinitions.Progress options) throws IOException {
        PrintWriter diagnostics = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        ProgressCases progress = new ProgressCases(diagnostics);
        int status;
        if (options.out != null) {
            status = progress.run(options.cases, options.out);
        } else {
            try (Reader in = Files.newBufferedReader(options.cases, StandardCharsets.UTF_8)) {
                Writer stdout = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                status = progress.run(in, stdout);
                stdout.flush();
            }
        }
        diagnostics.flush();
        return switch (status) {
            case ProgressCases.EXIT_OK -> ExitCode.OK;
            case ProgressCases.EXIT_INPUT_UNUSABLE -> ExitCode.USAGE;
            default -> ExitCode.RUN_FAILED;
        };
    }
}
