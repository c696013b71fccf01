package org.planscore.cli;

import java.util.List;

import org.planscore.ingest.ImportLimits;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The import limits for commands that run without the application ({@code validate}): bound by Spring Boot from the
 * same configuration files, environment and {@code --planscore.import.limits.*} arguments as {@code run}, in a bare
 * context that opens no database, so that {@code validate} refuses exactly what {@code run} would.
 */
final class ImportLimitsSettings {

    private ImportLimitsSettings() {
    }

    static ImportLimits load(List<String> springArgs) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(LimitsOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .registerShutdownHook(false);
        try (ConfigurableApplicationContext context = builder.run(springArgs.toArray(String[]::new))) {
            ImportLimits limits = context.getBean(ImportLimits.class);
            limits.applyToPoi();
            return limits;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ImportLimits.class)
    static class LimitsOnly {
    }
}
