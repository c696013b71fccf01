package org.planscore.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: a command, its options ({@code --as-of 2025-12-31} or {@code --as-of=2025-12-31}),
 * its file arguments, and Spring settings ({@code --spring.x=y}, {@code --planscore.x=y}) passed through to Boot.
 */
public record CommandLine(String command, Map<String, String> options, List<String> arguments,
                          List<String> springArgs) {

    private static final Set<String> FLAGS = Set.of("show", "help");

    public static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--planscore.") || arg.startsWith("--logging.")) {
                springArgs.add(arg);
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (FLAGS.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
            } else {
                arguments.add(arg);
            }
        }
        return new CommandLine(args[0], options, arguments, springArgs);
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
