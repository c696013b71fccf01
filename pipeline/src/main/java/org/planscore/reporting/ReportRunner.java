package org.planscore.reporting;

import java.time.LocalDate;
import java.util.List;

import org.planscore.ingest.Sha256;
import org.planscore.plan.Plan;
import org.planscore.store.ImportedFileRepository;
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
        try {
            JobExecution execution = jobOperator.start(planReportJob,
                    ReportParameters.of(request).toJobParameters());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                String why = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::toString)
                        .orElse(execution.getExitStatus().getExitDescription());
                log.error("Report {} as of {} ({}) failed: {}", plan.id(), asOf, lang, why);
                return Outcome.FAILED;
            }
            return Outcome.WRITTEN;
        } catch (JobInstanceAlreadyCompleteException e) {
            log.info("Report {} as of {} ({}) is up to date: no new data since it was written and delivered",
                    plan.id(), asOf, lang);
            return Outcome.UP_TO_DATE;
        }
    }

    /** Changes when a file is imported or the plan catalogue is edited; nothing else changes a report. */
    private String dataVersion(Plan plan) {
        List<String> files = importedFiles.importedShas();
        return Sha256.ofText(String.join(",", files) + "|" + plan);
    }

    public enum Outcome { WRITTEN, UP_TO_DATE, FAILED }
}
