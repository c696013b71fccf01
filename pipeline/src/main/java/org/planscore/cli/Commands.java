package org.planscore.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/** The commands that need the database, dispatched inside the application context. */
@Component
public class Commands {

    private final RunCommand run;
    private final ExportCommand export;
    private final HistoryCommand history;
    private final ServeCommand serve;

    Commands(RunCommand run, ExportCommand export, HistoryCommand history, ServeCommand serve) {
        this.serve = serve;
        this.run = run;
        this.export = export;
        this.history = history;
    }

    public ExitCode execute(CommandLine line, PrintStream out) throws Exception {
        return switch (line.command()) {
            case "run" -> run.run(line.options(CommandDefinitions.Run.class), out);
            case "export" -> export.run(line.options(CommandDefinitions.Export.class), out);
            case "history" -> history.run(line.options(CommandDefinitions.History.class), out);
            case "serve" -> serve.run(out);
            default -> throw new CommandLine.UsageException("unknown command '" + line.command() + "'");
        };
    }
}
