package org.planscore.ingest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.planscore.config.PlanScoreProperties;

/** The data folders, created on start-up so that a fresh installation needs no manual step. */
@Configuration
@EnableConfigurationProperties(PlanScoreProperties.class)
public class FoldersConfiguration {

    @Bean
    public DataFolders dataFolders(PlanScoreProperties properties) {
        return DataFolders.under(properties.dataDir()).create();
    }
}
