package org.planscore.reporting;

import java.time.Instant;
import java.util.Locale;

import org.planscore.config.PlanScoreProperties;
import org.planscore.config.Plans;
import org.planscore.delivery.DeliveryOutcome;
import org.planscore.delivery.DeliveryProperties;
import org.planscore.delivery.ReportDelivery;
import org.planscore.delivery.ReportEmail;
import org.planscore.plan.Plan;
import org.planscore.report.ReportModel;
import org.planscore.scorecard.ReportModels;
import org.planscore.store.Durability;
import org.planscore.store.ReportRepository;
import org.planscore.store.ScoreRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Delivers the PDF: by SMTP when a mail server and recipients are configured, else as an .eml in the outbox.
 * A report already delivered for the same data version is not delivered again.
 */
@Component
public class DeliverReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DeliverReportTasklet.class);

    private final Plans plans;
    private final ReportModels models;
    private final ReportRepository reports;
    private final ReportDelivery delivery;
    private final DeliveryProperties settings;
    private final PlanScoreProperties properties;
    private final Durability durability;
    private final ScoreRepository scores;

    public DeliverReportTasklet(Plans plans, ReportModels models, ReportRepository reports, ReportDelivery delivery,
                                DeliveryProperties settings, PlanScoreProperties properties, Durability durability,
                                ScoreRepository scores) {
        this.scores = scores;
        this.plans = plans;
        this.models = models;
        this.reports = reports;
        this.delivery = delivery;
        this.settings = settings;
        this.properties = properties;
        this.durability = durability;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReportParameters p = ReportParameters.of(contribution);
        if (reports.findDelivery(p.planId(), p.asOf(), p.lang(), p.dataVersion()).isPresent()) {
            log.info("Report {} as of {} ({}) was already delivered; not sent again", p.planId(), p.asOf(), p.lang());
            return RepeatStatus.FINISHED;
        }
        Plan plan = plans.load(p.planId()).get(0);
        Locale locale = Locale.forLanguageTag(p.lang());
        ReportModel model = models.build(plan, p.asOf(), locale);
        // Scores of this date are stored by now; the previous report is the latest earlier date, as in the PDF.
        ReportEmailBodies bodies = new ReportEmailBodies(model, scores.previous(plan.id(), p.asOf()));
        ReportFiles files = ReportFiles.of(properties.reportsDir(), plan.id(), p.asOf(), p.lang());
        ReportEmail email = ReportEmail.of(settings, plan.id(), plan.title().in(locale), p.asOf(),
                bodies.subjectHeadline(), bodies.text(),
                bodies.html(), files.pdf());
        DeliveryOutcome outcome = delivery.deliver(email);
        reports.recordDelivery(p.dataVersion(), new ReportRepository.Delivery(plan.id(), p.asOf(), p.lang(),
                outcome.channel().name(), String.join(", ", outcome.recipients()), outcome.messageId(),
                outcome.emlFile() == null ? null : outcome.emlFile().toString(), Instant.now()));
        durability.flush();
        log.info("Report {} as of {} ({}) delivered by {}{}", plan.id(), p.asOf(), p.lang(), outcome.channel(),
                outcome.emlFile() == null ? " to " + outcome.recipients() : " → " + outcome.emlFile());
        return RepeatStatus.FINISHED;
    }
}
