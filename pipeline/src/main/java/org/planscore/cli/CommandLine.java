package org.planscore.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The parsed command line: a command, its options as the typed object picocli filled from {@link CommandDefinitions}
 * (a {@code CommandDefinitions.Run}, a {@code BenchOptions}...), and Spring settings ({@code --spring.x=y},
 * {@code --planscore.x=y}) passed through to Boot. Parsed before anything starts: an unknown option, a missing value
 * or a value of the wrong type (a date, a language, a number) is a {@link UsageException}.
 */
public record CommandLine(String command, Object options, boolean helpRequested, List<String> springArgs) {

    private static final List<String> SPRING_PREFIXES = List.of("--spring.", "--planscore.", "--logging.",
            "--server.", "--management.");

    public static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0].equals("--help") || args[0].equals("-h") ? "help" : args[0];
        picocli.CommandLine parser = CommandDefinitions.parser();
        if (!parser.getSubcommands().containsKey(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        List<String> commandArgs = new ArrayList<>(List.of(command));
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (SPRING_PREFIXES.stream().anyMatch(arg::startsWith)) {
                springArgs.add(arg);
            } else {
                commandArgs.add(arg);
            }
        }
        ParseResult parsed;
        try {
            parsed = parser.parseArgs(commandArgs.toArray(String[]::new)).subcommand();
        } catch (ParameterException e) {
            // our own converters name the option and the form wanted; picocli's messages name the option
            throw new UsageException(e.getCause() instanceof TypeConversionException typeError
                    && typeError.getMessage().startsWith("--") ? typeError.getMessage() : e.getMessage());
        }
        return new CommandLine(command, parsed.commandSpec().userObject(), parsed.isUsageHelpRequested(),
                List.copyOf(springArgs));
    }

    /** The options, as the class the command's definition declares; a command line of another command is a bug. */
    public <T> T options(Class<T> type) {
        return type.cast(options);
    }

    /** A wrong command line: exit status 2 and the usage text. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
