package org.planscore.batch;

import java.nio.file.Path;

import org.planscore.ingest.ImportItemWriter;
import org.planscore.ingest.RawRowItemReader;
import org.planscore.ingest.TidyRowProcessor;
import org.planscore.ingest.map.ImportItem;
import org.planscore.ingest.read.RawRow;
import org.planscore.store.ObservationRepository;
import org.planscore.store.RejectedRowRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
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

    @Bean
    public Step importRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RawRowItemReader rawRowReader, TidyRowProcessor tidyRowProcessor,
                               ImportItemWriter importItemWriter,
                               @Value("${planscore.import.chunk-size:500}") int chunkSize) {
        return new StepBuilder("importRows", jobRepository).<RawRow, ImportItem>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(rawRowReader)
                .processor(tidyRowProcessor)
                .writer(importItemWriter)
                .build();
    }

    @Bean
    @StepScope
    public RawRowItemReader rawRowReader(@Value("#{jobParameters['" + FILE_PATH + "']}") String path,
                                         @Value("#{jobParameters['" + FILE_NAME + "']}") String name) {
        return new RawRowItemReader(Path.of(path), name);
    }

    @Bean
    @StepScope
    public TidyRowProcessor tidyRowProcessor(@Value("#{jobParameters['" + FILE_SHA256 + "']}") String sha256) {
        return new TidyRowProcessor(sha256);
    }

    @Bean
    @StepScope
    public ImportItemWriter importItemWriter(@Value("#{jobParameters['" + FILE_SHA256 + "']}") String sha256,
                                             ObservationRepository observations, RejectedRowRepository rejectedRows) {
        return new ImportItemWriter(sha256, observations, rejectedRows);
    }
}
