package org.planscore.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.planscore.config.PlanScoreProperties;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.profile.Profiles;
import org.planscore.plan.Plans;
import org.planscore.store.ObservationRepository;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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
    public static final String STEP_NAME = "importRows";

    /** The parameters of one file's import: its SHA-256 identifies the job instance; where it lies does not. */
    public static JobParameters parameters(String sha256, Path file, String name) {
        return new JobParametersBuilder()
                .addString(FILE_SHA256, sha256)
                .addString(FILE_PATH, file.toAbsolutePath().toString(), false)
                .addString(FILE_NAME, name, false)
                .toJobParameters();
    }

    @Bean
    public Job importFileJob(JobRepository jobRepository, Step importRowsStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(importRowsStep).build();
    }

    /**
     * Job-scoped rather than giving the reader, processor and writer step-scoped proxies: one proxy lookup per job
     * instead of one per row and call (the scoped-proxy lookups were ~10 % of the import's CPU in the 1M-row
     * profile, docs/benchmark.md). Each execution of the job still gets its own reader, processor and writer.
     */
    @Bean
    @JobScope
    public Step importRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               ObservationRepository observations, RejectedRowRepository rejectedRows,
                               Profiles sourceProfiles, ImportLimits importLimits,
                               @Value("#{jobParameters['" + FILE_SHA256 + "']}") String sha256,
                               @Value("#{jobParameters['" + FILE_PATH + "']}") String path,
                               @Value("#{jobParameters['" + FILE_NAME + "']}") String name,
                               @Value("${planscore.import.progress-interval:5s}") Duration progressInterval,
                               @Value("${planscore.import.chunk-size:500}") int chunkSize, Plans plans) {
        // What the file gave, tallied while it is read and written, for the note beside the archived file.
        RecordedReading recorded = new RecordedReading(new FileReading(name, PlanAreas.loadedFrom(plans)));
        return new StepBuilder(STEP_NAME, jobRepository).<SourceRow, ImportItem>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(new RawRowItemReader(Path.of(path), name, sha256, sourceProfiles, importLimits,
                        recorded.reading()))
                .processor(new SourceRowProcessor())
                .writer(new ImportItemWriter(sha256, observations, rejectedRows, recorded.reading()))
                .stream(recorded)
                .listener(new ImportProgressListener(name, progressInterval))
                .build();
    }

    /** The source profiles: {@code <planscore.home>/config/sources/*.yml} when present, else the packaged ones. */
    @Bean
    public Profiles sourceProfiles(PlanScoreProperties properties) {
        return Profiles.load(properties.home() == null ? null : properties.home().resolve("config").resolve("sources"));
    }
}
