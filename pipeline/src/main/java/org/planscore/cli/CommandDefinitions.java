package org.planscore.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * Every command of {@code ./planscore}, its options and their types, declared once: the parser, the usage text
 * (overall and per command with {@code --help}) and the check of the README's command table all read these
 * definitions. Parsing only: nothing here starts Spring or touches a file.
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
                CommandDefinitions.Serve.class, CommandDefinitions.Bench.class, CommandDefinitions.Help.class})
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
        @Option(names = "--lang", paramLabel = "vi|en", converter = Language.class,
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
        List<String> files;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "progress", sortOptions = false,
            description = "score ad-hoc series with the Open SDG progress measure (format in SCORING.md §4)")
    static final class Progress {
        @Option(names = "--cases", paramLabel = "IN.csv", required = true, description = "the series to score")
        String cases;
        @Option(names = "--out", paramLabel = "OUT.csv", description = "where the results go (default: standard "
                + "output)")
        String out;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
        boolean help;
    }

    @Command(name = "export", sortOptions = false,
            description = "CSV of the stored observations, or of the latest scores of each target")
    static final class Export {
        @Parameters(index = "0", paramLabel = "observations|scores", description = "what to export")
        Exported what;
        @Option(names = "--out", paramLabel = "FILE", description = "where the CSV goes (default: standard output)")
        String out;
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
        @Option(names = "--limit", paramLabel = "N", description = "how many of each (default: 20)")
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

    @Command(name = "bench", sortOptions = false,
            description = "the import benchmark beside a floor measured in the same run (docs/benchmark.md)")
    static final class Bench {
        @Option(names = "--rows", paramLabel = "N,N,...", description = "CSV sizes (default: 10000,100000,1000000)")
        String rows;
        @Option(names = "--xlsx-rows", paramLabel = "N", description = "XLSX size (default: 200000)")
        long xlsxRows;
        @Option(names = "--repeat", paramLabel = "N", description = "best of N (default: 1)")
        int repeat;
        @Option(names = "--only", paramLabel = "PART,...",
                description = "csv, xlsx, inbox, idle, report, startup, whole (default: all)")
        String only;
        @Option(names = "--heap", paramLabel = "SIZE", description = "heap of each measured JVM (default: 256m)")
        String heap;
        @Option(names = "--xlsx-heap", paramLabel = "SIZE", description = "heap for XLSX (default: 256m)")
        String xlsxHeap;
        @Option(names = "--work", paramLabel = "DIR", description = "where inputs are kept and reused")
        String work;
        @Option(names = "--jfr", paramLabel = "DIR", description = "record each measurement with Flight Recorder")
        String jfr;
        @Option(names = "--inbox-files", paramLabel = "N", description = "files in the inbox case (default: 4)")
        int inboxFiles;
        @Option(names = "--inbox-rows", paramLabel = "N", description = "rows per inbox file (default: 100000)")
        long inboxRows;
        @Option(names = "--floor-batch", paramLabel = "N", description = "the floor's batch and commit size")
        int floorBatch;
        @Option(names = "--workbook", paramLabel = "FILE", description = "the workbook the start-up case imports")
        String workbook;
        @Option(names = "--startup-repeat", paramLabel = "N", description = "start-up runs (default: 5)")
        int startupRepeat;
        // how the benchmark starts each measured JVM: not for people
        @Option(names = "--child", hidden = true)
        String child;
        @Option(names = "--input", hidden = true)
        String input;
        @Option(names = "--files", hidden = true)
        int files;
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
