package org.planscore.report;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;

/** A report request as job parameters (all identifying), and back. */
public record ReportParameters(String planId, LocalDate asOf, String lang, String dataVersion) {

    public static ReportParameters of(ReportRequest request) {
        return new ReportParameters(request.plan().id(), request.asOf(), request.lang(), request.dataVersion());
    }

    public static ReportParameters of(StepContribution contribution) {
        JobParameters p = contribution.getStepExecution().getJobExecution().getJobParameters();
        return new ReportParameters(p.getString(ReportJobConfiguration.PLAN_ID),
                p.getLocalDate(ReportJobConfiguration.AS_OF), p.getString(ReportJobConfiguration.LANG),
                p.getString(ReportJobConfiguration.DATA_VERSION));
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(ReportJobConfiguration.PLAN_ID, planId)
                .addLocalDate(ReportJobConfiguration.AS_OF, asOf)
                .addString(ReportJobConfiguration.LANG, lang)
                .addString(ReportJobConfiguration.DATA_VERSION, dataVersion)
                .toJobParameters();
    }
}
