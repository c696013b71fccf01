package org.planscore.cli;

import java.io.PrintStream;
import java.util.Set;

import org.planscore.PlanScoreApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point of {@code ./planscore}. Commands that only read files ({@code progress}, {@code validate}) run
 * without starting Spring or opening the database; the others run inside the application context.
 */
public final class PlanScoreCli {

    private static final Set<String> DATABASE_COMMANDS = Set.of("run", "export", "history");

    private final PrintStream out;
    private final PrintStream err;

    PlanScoreCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new PlanScoreCli(System.out, System.err).run(args).code());
    }

    ExitCode run(String... args) {
        try {
            CommandLine line = CommandLine.parse(args);
            return switch (line.command()) {
                case "help", "--help", "-h" -> {
                    out.print(Usage.TEXT);
                    yield ExitCode.OK;
                }
                case "progress" -> new ProgressCommand(out, err).run(line);
                case "validate" -> new ValidateCommand(out, err).run(line);
                default -> {
                    if (!DATABASE_COMMANDS.contains(line.command())) {
                        throw new CommandLine.UsageException("unknown command '" + line.command() + "'");
                    }
                    yield inApplication(line);
                }
            };
        } catch (CommandLine.UsageException e) {
            err.println("planscore: " + e.getMessage());
            err.print(Usage.TEXT);
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println("planscore: failed: " + StartupFailure.rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    private ExitCode inApplication(CommandLine line) throws Exception {
        line.checkSharedOptions();
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplication(PlanScoreApplication.class).run(line.springArgs().toArray(String[]::new));
        } catch (RuntimeException e) {
            ExitCode code = StartupFailure.classify(e);
            err.println("planscore: cannot start (" + code.name().toLowerCase().replace('_', ' ') + "): "
                    + StartupFailure.rootMessage(e));
            return code;
        }
        try (context) {
            return context.getBean(Commands.class).execute(line, out);
        }
    }
}
