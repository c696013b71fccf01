package org.planscore.ops;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.planscore.ingest.ImportJobConfiguration;
import org.planscore.ingest.PartitionedImportConfiguration;
import org.planscore.report.ReportJobConfiguration;
import org.planscore.support.StopRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * A request to stop (SIGTERM, or the end of {@code serve}): running job executions of this process are marked
 * STOPPING, as {@link JobOperator#stop} does, which ends them at their next commit as STOPPED, restartable by the
 * next run; the commands see {@link #requested()} and start nothing new.
 */
@Component
public class StopSignal implements StopRequests {

    private static final Logger log = LoggerFactory.getLogger(StopSignal.class);
    private static final List<String> JOB_NAMES = List.of(ImportJobConfiguration.JOB_NAME,
            PartitionedImportConfiguration.JOB_NAME, ReportJobConfiguration.JOB_NAME);

    private final JobRepository jobRepository;
    private final RunLock lock;
    private final CountDownLatch requested = new CountDownLatch(1);

    public StopSignal(JobRepository jobRepository, RunLock lock) {
        this.jobRepository = jobRepository;
        this.lock = lock;
        // A run whose lock another process took over must not go on beside the new holder.
        lock.whenLost(this::request);
    }

    @Override
    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Blocks until a stop is requested (serve's main thread). */
    public void await() throws InterruptedException {
        requested.await();
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return requested.await(timeout, unit);
    }

    /**
     * The first half of {@link JobOperator#stop}: the execution is marked STOPPING in the job repository; the running
     * step reads that at its next commit ({@code JobRepository.update(StepExecution)}) and ends STOPPED, restartable.
     * The second half of {@code JobOperator.stop} is left out on purpose: it writes the step execution it was given,
     * execution context included, over the running step's. Given a copy read from the repository (the only one this
     * thread has), that put the reader's position back to an earlier commit, and the restart read the file from
     * its start (Spring Batch 6.0.6; found by GracefulStopFunctionalTests).
     */
    private void markStopping(JobExecution execution) {
        execution.setStatus(BatchStatus.STOPPING);
        execution.setExitStatus(ExitStatus.STOPPED);
        jobRepository.update(execution);
    }

    /** Stops what this process runs. Executions of another process (another host's run) are left alone. */
    public void request(String why) {
        if (requested()) {
            return;
        }
        requested.countDown();
        log.warn("Stopping ({}): running jobs stop at their next commit and resume on the next run", why);
        if (!lock.heldHere()) {
            return;
        }
        for (String jobName : JOB_NAMES) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
                try {
                    markStopping(execution);
                    log.info("Stop requested for {} execution {}", jobName, execution.getId());
                } catch (RuntimeException e) {
                    log.warn("Could not stop {} execution {}: {}", jobName, execution.getId(), e.getMessage());
                }
            }
        }
    }
}
