package org.planscore.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The parsed command line: a command, its options ({@code --as-of 2025-12-31} or {@code --as-of=2025-12-31}),
 * its file arguments, and Spring settings ({@code --spring.x=y}, {@code --planscore.x=y}) passed through to Boot.
 * Parsed by picocli over {@link CommandDefinitions}, before anything starts: an unknown option, a missing value or
 * a value of the wrong type (a date, a language, a number) is a {@link UsageException}. The options keep the text
 * given, already checked against their types.
 */
public record CommandLine(String command, Map<String, String> options, List<String> arguments,
                          List<String> springArgs) {

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
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            List<String> given = option.originalStringValues();
            options.put(option.longestName().substring(2),
                    option.arity().max() == 0 || given.isEmpty() ? "true" : given.get(given.size() - 1));
        }
        List<String> arguments = new ArrayList<>();
        for (PositionalParamSpec positional : parsed.matchedPositionals()) {
            arguments.addAll(positional.originalStringValues());
        }
        return new CommandLine(command, options, arguments, springArgs);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** {@code --as-of}, today when absent. */
    public LocalDate asOf() {
        String text = options.get("as-of");
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of takes a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    /** Checks the options every database command shares, before anything starts, so a typo costs nothing. */
    public CommandLine checkSharedOptions() {
        if (options.containsKey("as-of")) {
            asOf();
        }
        String lang = options.get("lang");
        if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
            throw new UsageException("--lang takes vi or en, not '" + lang + "'");
        }
        return this;
    }

    /** Rejects options the command does not know, so a typo is not silently ignored. */
    public CommandLine allow(String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("'" + command + "' has no option --" + name);
            }
        }
        return this;
    }

    /** A wrong command line: exit status 2 and the usage text. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
