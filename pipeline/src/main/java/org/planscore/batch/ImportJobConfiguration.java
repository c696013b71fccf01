package org.planscore.batch;

import java.nio.file.Path;
import java.time.Duration;

import org.planscore.config.PlanScoreProperties;
import org.planscore.ingest.ImportItemWriter;
import org.planscore.ingest.ImportLimits;
import org.planscore.ingest.RawRowItemReader;
import org.planscore.ingest.SourceRow;
import org.planscore.ingest.SourceRowProcessor;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.profile.Profiles;
import org.planscore.store.ObservationRepository;
import org.planscore.store.RejectedRowRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: one job instance per file content (its SHA-256 is the identifying parameter), one chunk step
 * that reads raw rows, maps them and upserts them. A restart resumes after the last committed chunk.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importFile";
    public static final String FILE_SHA256 = "file.sha256";
    public static final String FILE_PATH = "file.path";
    public static final String FILE_NAME = "file.name";

    @Bean
    public Job importFileJob(JobRepository jobRepository, Step importRowsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(importRowsStep).build();
    }

    @Bean
    public Step importRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RawRowItemReader rawRowReader, SourceRowProcessor sourceRowProcessor,
                               ImportItemWriter importItemWriter, ImportProgressListener importProgressListener,
                               @Value("${planscore.import.chunk-size:500}") int chunkSize) {
        return new StepBuilder("importRows", jobRepository).<SourceRow, ImportItem>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(rawRowReader)
                .processor(sourceRowProcessor)
                .writer(importItemWriter)
                .listener(importProgressListener)
                .build();
    }

    @Bean
    @StepScope
    public RawRowItemReader rawRowReader(@Value("#{jobParameters['" + FILE_PATH + "']}") String path,
                                         @Value("#{jobParameters['" + FILE_NAME + "']}") String name,
                                         @Value("#{jobParameters['" + FILE_SHA256 + "']}") String sha256,
                                         Profiles sourceProfiles, ImportLimits importLimits) {
        return new RawRowItemReader(Path.of(path), name, sha256, sourceProfiles, importLimits);
    }

    @Bean
    public SourceRowProcessor sourceRowProcessor() {
        return new SourceRowProcessor();
    }

    /** The source profiles: {@code <planscore.home>/config/sources/*.yml} when present, else the packaged ones. */
    @Bean
    public Profiles sourceProfiles(PlanScoreProperties properties) {
        return Profiles.load(properties.home() == null ? null : properties.home().resolve("config").resolve("sources"));
    }

    /** Limits against hostile files (planscore.import.limits.*); POI's zip-bomb guard stays on. */
    @Bean
    public ImportLimits importLimits(
            @Value("${planscore.import.limits.max-file-bytes:209715200}") long maxFileBytes,
            @Value("${planscore.import.limits.max-xls-bytes:41943040}") long maxXlsBytes,
            @Value("${planscore.import.limits.max-line-bytes:1048576}") int maxLineBytes,
            @Value("${planscore.import.limits.min-inflate-ratio:0.01}") double minInflateRatio,
            @Value("${planscore.import.limits.max-entry-bytes:1073741824}") long maxEntryBytes,
            @Value("${planscore.import.limits.max-record-bytes:104857600}") int maxRecordBytes) {
        return new ImportLimits(maxFileBytes, maxXlsBytes, maxLineBytes, minInflateRatio, maxEntryBytes, maxRecordBytes);
    }

    @Bean
    @StepScope
    public ImportProgressListener importProgressListener(@Value("#{jobParameters['" + FILE_NAME + "']}") String name,
                                                         @Value("${planscore.import.progress-interval:5s}") Duration interval) {
        return new ImportProgressListener(name, interval);
    }

    @Bean
    @StepScope
    public ImportItemWriter importItemWriter(@Value("#{jobParameters['" + FILE_SHA256 + "']}") String sha256,
                                             ObservationRepository observations, RejectedRowRepository rejectedRows) {
        return new ImportItemWriter(sha256, observations, rejectedRows);
    }
}
