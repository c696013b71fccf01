package org.planscore.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code planscore.*} settings. Folders default to {@code ./data}, {@code ./reports} and {@code ./config/plans}
 * under {@code planscore.home}; PLANSCORE_DATA_DIR and PLANSCORE_REPORTS_DIR override the first two.
 */
@ConfigurationProperties("planscore")
public record PlanScoreProperties(Path home, Path dataDir, Path reportsDir, Path plansDir) {
}
