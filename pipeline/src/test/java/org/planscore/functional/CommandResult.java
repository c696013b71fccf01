package org.planscore.functional;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.planscore.cli.CommandLine;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;

/** What a command printed and returned, run inside the test's application context as {@code ./planscore} would. */
public record CommandResult(ExitCode exitCode, String output) {

    public static CommandResult run(Commands commands, String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            ExitCode code = commands.execute(CommandLine.parse(args), out);
            return new CommandResult(code, buffer.toString(StandardCharsets.UTF_8));
        }
    }
}
