package org.planscore.report;

import java.time.LocalDate;
import java.util.List;

import org.planscore.plan.Plan;
import org.planscore.store.ImportedFileRepository;
import org.planscore.support.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts (or restarts) the report job for a plan on the current state of the data. */
@Service
public class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final JobOperator jobOperator;
    private final Job planReportJob;
    private final ImportedFileRepository importedFiles;

    public ReportRunner(JobOperator jobOperator, Job planReportJob, ImportedFileRepository importedFiles) {
        this.jobOperator = jobOperator;
        this.planReportJob = planReportJob;
        this.importedFiles = importedFiles;
    }

    public Outcome run(Plan plan, LocalDate asOf, String lang) throws Exception {
        ReportRequest request = new ReportRequest(plan, asOf, lang, dataVersion(plan));
        return start(ReportParameters.of(request));
    }

    /**
     * Restarts the report job of an earlier run whose delivery is still pending: its reports step is complete and
     * is skipped, only the delivery runs again.
     */
    public Outcome resumeDelivery(ReportParameters parameters) throws Exception {
        log.info("Report {} as of {} ({}): delivery pending since an earlier run, trying again", parameters.planId(),
                parameters.asOf(), parameters.lang());
        return start(parameters);
    }

    private Outcome start(ReportParameters p) throws Exception {
        try {
            JobExecution execution = jobOperator.start(planReportJob, p.toJobParameters());
            if (execution.getStatus() == BatchStatus.STOPPED) {
                log.warn("Report {} as of {} ({}) stopped; it resumes on the next run", p.planId(), p.asOf(), p.lang());
                return Outcome.STOPPED;
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                boolean pending = execution.getAllFailureExceptions().stream()
                        .anyMatch(DeliverReportTasklet.DeliveryPendingException.class::isInstance);
                String why = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage)
                        .orElse(execution.getExitStatus().getExitDescription());
                if (pending) {
                    log.warn("Report {} as of {} ({}) written, delivery pending: {}", p.planId(), p.asOf(), p.lang(),
                            why);
                    return Outcome.DELIVERY_PENDING;
                }
                log.error("Report {} as of {} ({}) failed: {}", p.planId(), p.asOf(), p.lang(), why);
                return Outcome.FAILED;
            }
            return Outcome.WRITTEN;
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("Report {} as of {} ({}) is up to date: no new data since it was written and delivered",
                    p.planId(), p.asOf(), p.lang());
            return Outcome.UP_TO_DATE;
        }
    }

    /** Changes when a file is imported or the plan catalogue is edited; nothing else changes a report. */
    private String dataVersion(Plan plan) {
        return dataVersion(importedFiles.importedShas(), plan);
    }

    static String dataVersion(List<String> importedShas, Plan plan) {
        return Sha256.ofText(String.join(",", importedShas) + "|" + plan);
    }

    public enum Outcome {
        WRITTEN, UP_TO_DATE, FAILED,
        /** Written, but some recipient could not be reached yet; the next run sends it. */
        DELIVERY_PENDING,
        /** Stopped by a shutdown request; the next run resumes it. */
        STOPPED;

        public boolean failed() {
            return this != WRITTEN && this != UP_TO_DATE;
        }
    }
}
