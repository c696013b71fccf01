package org.planscore.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.planscore.cli.progress.ProgressCases;

/** {@code progress --cases IN.csv [--out OUT.csv]}: the progress measure on ad-hoc series (SCORING.md §4). */
final class ProgressCommand {

    private final PrintStream out;
    private final PrintStream err;

    ProgressCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(CommandLine line) throws IOException {
        line.allow("cases", "out");
        String cases = line.options().get("cases");
        if (cases == null) {
            throw new CommandLine.UsageException("progress needs --cases IN.csv");
        }
        PrintWriter diagnostics = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        ProgressCases progress = new ProgressCases(diagnostics);
        String target = line.options().get("out");
        int status;
        if (target != null) {
            status = progress.run(Path.of(cases), Path.of(target));
        } else {
            try (Reader in = Files.newBufferedReader(Path.of(cases), StandardCharsets.UTF_8)) {
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
