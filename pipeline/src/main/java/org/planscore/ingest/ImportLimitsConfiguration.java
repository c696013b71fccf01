package org.planscore.ingest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code planscore.import.limits.*} once for every command, and sets POI's process-wide guards from it at
 * start-up (they are static in POI: setting them per file would let two configurations race).
 */
@Configuration
@EnableConfigurationProperties(ImportLimits.class)
public class ImportLimitsConfiguration {

    public ImportLimitsConfiguration(ImportLimits limits) {
        limits.applyToPoi();
    }
}
