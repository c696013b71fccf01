package org.planscore.cli;

import java.io.PrintStream;

import org.planscore.ops.StopSignal;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: stays up until SIGTERM; the nightly job runs on {@code planscore.serve.cron}, the inbox is watched,
 * health is at {@code /actuator/health} on {@code server.port}. The schedules live in {@code ops.ServeSchedule}.
 */
@Component
class ServeCommand {

    private final StopSignal stopSignal;
    private final Environment environment;

    ServeCommand(StopSignal stopSignal, Environment environment) {
        this.stopSignal = stopSignal;
        this.environment = environment;
    }

    ExitCode run(PrintStream out) throws InterruptedException {
        out.printf("planscore serve: nightly job on cron '%s', inbox watched every %s (files settle for %s), "
                        + "health on http://localhost:%s/actuator/health%n",
                environment.getProperty("planscore.serve.cron"), environment.getProperty("planscore.serve.poll-interval"),
                environment.getProperty("planscore.serve.settle-time"),
                environment.getProperty("local.server.port", environment.getProperty("server.port")));
        out.flush();
        stopSignal.await();
        out.println("planscore serve: stopping");
        return ExitCode.OK;
    }
}
