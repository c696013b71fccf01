package org.planscore.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.planscore.ingest.FilesToImport.FileToImport;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Several files at once: job {@code importFiles} has one partitioned step, one partition per file (named by the
 * file's SHA-256), run by {@code planscore.import.parallel-files} threads. Each partition's worker step runs the
 * per-file job {@code importFile} with that file's parameters, so every file keeps its own job instance (identity =
 * SHA-256) and its own restart from the last committed chunk, whichever batch of files it arrived with.
 *
 * <p>For remote partitioning the partition handler is swapped for a message-channel one and the same worker step runs
 * on other machines sharing the PostgreSQL job repository (docs/benchmark.md, "Past one machine").
 */
@Configuration
public class PartitionedImportConfiguration {

    public static final String JOB_NAME = "importFiles";
    /** Identifying: SHA-256 of the sorted SHA-256s of the files. */
    public static final String FILES_KEY = "files.key";

    @Bean
    public Job importFilesJob(JobRepository jobRepository, Step importFilesStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(importFilesStep).build();
    }

    @Bean
    public Step importFilesStep(JobRepository jobRepository, Partitioner filePartitioner, Step importFileJobStep,
                                @Value("${planscore.import.parallel-files:1}") int parallelFiles) {
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("import-file-");
        workers.setConcurrencyLimit(Math.max(1, parallelFiles));
        return new StepBuilder(JOB_NAME, jobRepository)
                .partitioner("importFile", filePartitioner)
                .step(importFileJobStep)
                .taskExecutor(workers)
                .gridSize(Math.max(1, parallelFiles))
                .build();
    }

    /** The worker: runs the per-file import job with the partition's file as its parameters. */
    @Bean
    public Step importFileJobStep(JobRepository jobRepository, @Lazy JobOperator jobOperator, Job importFileJob) {
        return new StepBuilder("importFile", jobRepository)
                .job(importFileJob)
                .operator(jobOperator)
                .parametersExtractor((job, stepExecution) -> {
                    ExecutionContext file = stepExecution.getExecutionContext();
                    return ImportJobConfiguration.parameters(file.getString(ImportJobConfiguration.FILE_SHA256),
                            java.nio.file.Path.of(file.getString(ImportJobConfiguration.FILE_PATH)),
                            file.getString(ImportJobConfiguration.FILE_NAME));
                })
                .build();
    }

    /** One partition per file; its execution context holds only strings, as the job repository stores them. */
    @Bean
    @StepScope
    public Partitioner filePartitioner(FilesToImport registry,
                                       @Value("#{jobParameters['" + FILES_KEY + "']}") String key) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (FileToImport file : registry.get(key)) {
                ExecutionContext context = new ExecutionContext();
                context.putString(ImportJobConfiguration.FILE_SHA256, file.sha256());
                context.putString(ImportJobConfiguration.FILE_PATH, file.path().toAbsolutePath().toString());
                context.putString(ImportJobConfiguration.FILE_NAME, file.name());
                partitions.put(file.sha256(), context);
            }
            return partitions;
        };
    }
}
