package org.planscore.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.planscore.PlanScoreApplication;
import org.planscore.cli.bench.BenchCommand;
import org.planscore.cli.bench.BenchOptions;
import org.planscore.ops.StopSignal;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point of {@code ./planscore}. Commands that only read files ({@code progress}, {@code validate}) run
 * without starting Spring or opening the database; the others run inside the application context.
 */
public final class PlanScoreCli {

    private static final Set<String> DATABASE_COMMANDS = Set.of("run", "export", "history", "serve");

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
            if (line.helpRequested()) {
                out.print(CommandDefinitions.usage(line.command()));
                return ExitCode.OK;
            }
            return switch (line.command()) {
                case "help" -> help(line.options(CommandDefinitions.Help.class));
                case "progress" -> new ProgressCommand(out, err).run(line.options(CommandDefinitions.Progress.class));
                case "validate" -> new ValidateCommand(out, err).run(line.options(CommandDefinitions.Validate.class),
                        line.springArgs());
                case "bench" -> new BenchCommand(out, err).run(line.options(BenchOptions.class), line.springArgs());
                default -> {
                    if (!DATABASE_COMMANDS.contains(line.command())) {
                        throw new CommandLine.UsageException("unknown command '" + line.command() + "'");
                    }
                    yield inApplication(line);
                }
            };
        } catch (CommandLine.UsageException e) {
            err.println("planscore: " + e.getMessage());
            err.print(CommandDefinitions.usage());
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println("planscore: failed: " + StartupFailure.rootMessage(e));
            return ExitCode.RUN_FAILED;
        }
    }

    /** {@code help}: every command; {@code help COMMAND}: that command's options. */
    private ExitCode help(CommandDefinitions.Help help) {
        String command = help.command;
        if (command == null) {
            out.print(CommandDefinitions.usage());
            return ExitCode.OK;
        }
        if (!CommandDefinitions.commandNames().contains(command)) {
            throw new CommandLine.UsageException("unknown command '" + command + "'");
        }
        out.print(CommandDefinitions.usage(command));
        return ExitCode.OK;
    }

    private ExitCode inApplication(CommandLine line) throws Exception {
        SpringApplication application = new SpringApplication(PlanScoreApplication.class);
        // Our own hook stops running jobs first and closes the context after them (Spring's would close it under them).
        application.setRegisterShutdownHook(false);
        List<String> springArgs = new ArrayList<>(line.springArgs());
        if (line.command().equals("serve")) {
            springArgs.add(0, "--planscore.serve.enabled=true");
            springArgs.add(0, "--spring.main.web-application-type=servlet");
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            ExitCode code = StartupFailure.classify(e);
            err.println("planscore: cannot start (" + code.name().toLowerCase().replace('_', ' ') + "): "
                    + StartupFailure.rootMessage(e));
            return code;
        }
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopGracefully(context, finished), "planscore-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        TerminationSignals.handle(() -> {
            stopGracefully(context, finished);
            return finished.getCount() == 0;
        });
        try {
            try (context) {
                return context.getBean(Commands.class).execute(line, out);
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the command has finished
            }
        }
    }

    /**
     * SIGTERM (or Ctrl-C): running jobs are stopped at their next commit, restartable, and the JVM ends once the
     * command has wound down (at most planscore.shutdown.timeout), with the context closed behind it.
     */
    private void stopGracefully(ConfigurableApplicationContext context, CountDownLatch finished) {
        if (finished.getCount() == 0) {
            return;
        }
        Duration timeout = context.getEnvironment().getProperty("planscore.shutdown.timeout", Duration.class,
                Duration.ofSeconds(60));
        try {
            context.getBean(StopSignal.class).request("shutdown signal");
            if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println("planscore: did not stop within " + timeout + " (planscore.shutdown.timeout); "
                        + "the next run recovers what was left running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println("planscore: could not stop gracefully: " + e);
        }
    }
}
