package org.planscore.cli;

import java.util.List;

import org.planscore.ingest.ImportLimits;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The import limits for commands that run without the application ({@code validate}): bound from the same
 * configuration files, profiles, environment and {@code --planscore.import.limits.*} arguments as {@code run}, so that
 * {@code validate} refuses exactly what {@code run} would. Only the environment is built (Spring Boot's config-data
 * loading and binder, as the application uses them), not an application context: a context would cost the analyst
 * half a second per dry run and open nothing more.
 */
final class ImportLimitsSettings {

    private ImportLimitsSettings() {
    }

    static ImportLimits load(List<String> springArgs) {
        StandardEnvironment environment = new StandardEnvironment();
        if (!springArgs.isEmpty()) {
            // first, as SpringApplication puts the command line: it outranks files and the process environment
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                    springArgs.toArray(String[]::new)));
        }
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        ImportLimits limits = Binder.get(environment).bindOrCreate("planscore.import.limits", ImportLimits.class);
        limits.applyToPoi();
        return limits;
    }
}
