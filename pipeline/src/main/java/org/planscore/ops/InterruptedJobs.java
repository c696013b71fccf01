package org.planscore.ops;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.planscore.store.DatabaseRebuild;

/**
 * Executions that a killed process left STARTED would block their own restart. At the start of a run (only one run
 * is active at a time) they are recovered, which marks them failed, so the same parameters restart them from their
 * last commit. On H2 the database is first re-created from its rows ({@link DatabaseRebuild}), which a killed
 * transaction can otherwise leave blocked: when such executions are found, and when the run lock was taken over from
 * a run that stopped without releasing it (killed while it wrote or delivered a report, say).
 */
@Component
public class InterruptedJobs {

    private static final Logger log = LoggerFactory.getLogger(InterruptedJobs.class);
    private static final List<String> JOB_NAMES = List.of(ImportJobConfiguration.JOB_NAME,
            PartitionedImportConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final DatabaseRebuild rebuild;
    private final RunLock runLock;

    public InterruptedJobs(JobRepository jobRepository, JobOperator jobOperator, DatabaseRebuild rebuild,
                           RunLock runLock) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.rebuild = rebuild;
        this.runLock = runLock;
    }

    public int recover() throws SQLException, IOException {
        List<JobExecution> executions = leftRunning();
        if (executions.isEmpty() && !runLock.heldAfterAStoppedRun()) {
            return 0;
        }
        // the re-created database keeps their ids and versions, so they are recovered as read
        rebuild.afterKilledProcess();
        for (JobExecution execution : executions) {
            log.warn("Recovering {} execution {} left running by a process that stopped; it will restart",
                    execution.getJobInstance().getJobName(), execution.getId());
            jobOperator.recover(execution);
        }
        return executions.size();
    }

    private List<JobExecution> leftRunning() {
        List<JobExecution> executions = new ArrayList<>();
        for (String jobName : JOB_NAMES) {
            executions.addAll(jobRepository.findRunningJobExecutions(jobName));
        }
        return executions;
    }
}
