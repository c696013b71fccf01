package org.planscore.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.planscore.cli.bench.BenchOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * Every command of {@code ./planscore}, its options and their types, declared once: the parser, the usage text
 * (overall and per command with {@code --help}) and the check of the README's command table all read these
 * definitions. Parsing only: nothing here starts Spring or touches a file. Each command's class is what that command
 * receives, its fields filled by picocli with typed values (and their defaults), already checked.
 */
@Command(name = "./planscore", customSynopsis = "./planscore COMMAND [OPTIONS]", synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
                "Settings: PLANSCORE_DATA_DIR, PLANSCORE_REPORTS_DIR, JAVA_OPTS; any --spring.*=... or --planscore.*=...",
                "Exit status: 0 done, 1 run failed or not finished (a delivery pending, stopped by SIGTERM),",
                "             2 wrong command line, 3 configuration invalid, 4 database unavailable,",
                "             5 another run is active."},
        subcommands = {CommandDefinitions.Run.class, CommandDefinitions.Validate.class,
                CommandDefinitions.Progress.class, CommandDefinitions.Export.class, CommandDefinitions.History.class,
                CommandDefinitions.Serve.class, BenchOptions.class, CommandDefinitions.Help.class})
final class CommandDefinitions {

    /** The editions a report is written in. */
    enum Lang { vi, en }

    /** What {@code export} writes. */
    enum Exported { observations, scores }

    /** A parser over these definitions; {@code @file} arguments are file names here, never argument files. */
    static picocli.CommandLine parser() {
        picocli.CommandLine parser = new picocli.CommandLine(new CommandDefinitions());
        parser.setExpandAtFiles(false);
        parser.setUsageHelpWidth(120);
        // as before picocli: an option given twice takes the last value (scripts append overrides)
        parser.setOverwrittenOptionsAllowed(true);
        return parser;
    }

    /** The overall usage text: every command with its one-line description, then settings and exit statuses. */
    static String usage() {
        return parser().getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    }

    /** One command's usage text, with its options ({@code ./planscore COMMAND --help}). */
    static String usage(String command) {
        return parser().getSubcommands().get(command).getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
    }

    /** The names of the commands, in the order the usage lists them. */
    static List<String> commandNames() {
        return List.copyOf(parser().getSubcommands().keySet());
    }

    @Command(name = "run", sortOptions = false,
            description = "import everything in the inbox, score every plan, write the PDF and XLSX reports, "
                    + "deliver the PDF")
    static final class Run {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
                description = "the day the reports are as of (default: today)")
        LocalDate asOf;
        @Option(names = "--plan", paramLabel = "ID", description = "only this plan")
        String plan;
        @Option(names = "--lang", paramLabel = "vi|en", converter = Language.class, defaultValue = "vi",
                description = "the edition written (default: vi)")
        Lang lang;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "validate", sortOptions = false,
            description = "dry run: what each file would import or why it would be rejected; imports nothing")
    static final class Validate {
        @Option(names = "--show", description = "the observations as CSV on standard output, the verdicts on "
                + "standard error")
        boolean show;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to read")
        List<Path> files;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "progress", sortOptions = false,
            description = "score ad-hoc series with the Open SDG progress measure (format in SCORING.md §4)")
    static final class Progress {
        @Option(names = "--cases", paramLabel = "IN.csv", required = true, description = "the series to score")
        Path cases;
        @Option(names = "--out", paramLabel = "OUT.csv", description = "where the results go (default: standard "
                + "output)")
        Path out;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "export", sortOptions = false,
            description = "CSV of the stored observations, or of the latest scores of each target")
    static final class Export {
        @Parameters(index = "0", paramLabel = "observations|scores", description = "what to export")
        Exported what;
        @Option(names = "--out", paramLabel = "FILE", description = "where the CSV goes (default: standard output)")
        Path out;
        @Option(names = "--plan", paramLabel = "ID", description = "scores: only this plan")
        String plan;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = AsOfDate.class,
                description = "scores: as of this day")
        LocalDate asOf;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "history", sortOptions = false,
            description = "recent runs: files imported or rejected, reports written and delivered, deliveries pending")
    static final class History {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
                description = "how many of each (default: 20)")
        int limit;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "serve", sortOptions = false,
            description = "stay up: the nightly job on planscore.serve.cron, inbox files imported once settled, "
                    + "health on port 8086 (planscore.serve.port)")
    static final class Serve {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "help", description = "this list, or one command's options")
    static final class Help {
        @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to describe")
        String command;
    }

    /** {@code --as-of}: an ISO date, with a message that says which form is wanted. */
    static final class AsOfDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("--as-of takes a date YYYY-MM-DD, got '" + text + "'");
            }
        }
    }

    /** {@code --lang}: vi or en, exactly. */
    static final class Language implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String text) {
            for (Lang lang : Lang.values()) {
                if (lang.name().equals(text)) {
                    return lang;
                }
            }
            throw new TypeConversionException("--lang takes vi or en, not '" + text + "'");
        }
    }
}
