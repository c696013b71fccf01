package org.planscore.report;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The report job: one instance per plan, as-of date, language and data version. Writing the reports and delivering
 * them are separate steps, so a mail failure reruns only the delivery.
 */
@Configuration
public class ReportJobConfiguration {

    public static final String JOB_NAME = "planReport";
    public static final String PLAN_ID = "plan.id";
    public static final String AS_OF = "as.of";
    public static final String LANG = "lang";
    public static final String DATA_VERSION = "data.version";

    @Bean
    public Job planReportJob(JobRepository jobRepository, Step writeReportsStep, Step deliverReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(writeReportsStep).next(deliverReportStep).build();
    }

    @Bean
    public Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 WriteReportsTasklet tasklet) {
        return new StepBuilder("writeReports", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step deliverReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  DeliverReportTasklet tasklet) {
        // No transaction around the delivery: SMTP retries wait with back-off (up to minutes), and each recipient's
        // record is committed on its own (DeliveryRecordRepository), so there is nothing for one to hold open.
        DefaultTransactionAttribute none = new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return new StepBuilder("deliverReport", jobRepository).tasklet(tasklet, transactionManager)
                .transactionAttribute(none).build();
    }
}
