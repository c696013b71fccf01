package org.planscore.ops;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import org.planscore.ingest.ImportJobConfiguration;
import org.planscore.ingest.PartitionedImportConfiguration;
import org.planscore.report.ReportJobConfiguration;

/**
 * Executions that a killed process left STARTED would block their own restart. At the start of a run (only one run
 * is active at a time) they are recovered, which marks them failed, so the same parameters restart them from their
 * last commit.
 */
@Component
public class InterruptedJobs {

    private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);
    private static final List<String> JOB_NAMES = List.of(ImportJobConfiguration.JOB_NAME,
            PartitionedImportConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    public InterruptedJobs(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    public int recover() {
        int recovered = 0;
        for (String jobName : JOB_NAMES) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
                log.warn("Recovering {} execution {} left running by a process that stopped; it will restart",
                        jobName, execution.getId());
                jobOperator.recover(execution);
                recovered++;
            }
        }
        return recovered;
    }
}
