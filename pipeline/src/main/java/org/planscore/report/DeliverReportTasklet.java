package org.planscore.report;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;

import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ReportModels;
import org.planscore.assessment.ScoreRepository;
import org.planscore.config.PlanScoreProperties;
import org.planscore.delivery.DeliveryOutcome;
import org.planscore.delivery.DeliveryProperties;
import org.planscore.delivery.ReportDelivery;
import org.planscore.delivery.ReportEmail;
import org.planscore.delivery.ReportMessageId;
import org.planscore.plan.Plan;
import org.planscore.plan.Plans;
import org.planscore.store.DeliveryRecordRepository;
import org.planscore.store.Durability;
import org.planscore.store.ImportedFileRepository;
import org.planscore.store.ReportRepository;
import org.planscore.support.StopRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers the PDF: by SMTP when a mail server and recipients are configured, else as an .eml in the outbox.
 * A report already delivered for the same data version is not delivered again; by SMTP, each recipient gets the
 * report once, recorded in {@code delivery_record}.
 */
@Component
public class DeliverReportTasklet implements Tasklet {

    /** The recipient of a delivery record for a report written to the outbox. */
    public static final String OUTBOX_RECIPIENT = "(outbox)";

    private static final Logger log = LoggerFactory.getLogger(DeliverReportTasklet.class);

    private final Plans plans;
    private final ReportModels models;
    private final ReportRepository reports;
    private final ReportDelivery delivery;
    private final DeliveryProperties settings;
    private final PlanScoreProperties properties;
    private final Durability durability;
    private final ScoreRepository scores;
    private final DeliveryRecordRepository records;
    private final RetryTemplate retry;
    private final StopRequests stopSignal;
    private final ImportedFileRepository importedFiles;
    private final WriteReportsTasklet writer;

    public DeliverReportTasklet(Plans plans, ReportModels models, ReportRepository reports, ReportDelivery delivery,
                                DeliveryProperties settings, PlanScoreProperties properties, Durability durability,
                                ScoreRepository scores, DeliveryRecordRepository records,
                                RetryTemplate deliveryRetryTemplate, StopRequests stopSignal,
                                ImportedFileRepository importedFiles, WriteReportsTasklet writer) {
        this.importedFiles = importedFiles;
        this.writer = writer;
        this.durability = durability;
        this.scores = scores;
        this.records = records;
        this.retry = deliveryRetryTemplate;
        this.stopSignal = stopSignal;
        this.plans = plans;
        this.models = models;
        this.reports = reports;
        this.delivery = delivery;
        this.settings = settings;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ReportParameters p = ReportParameters.of(contribution);
        if (reports.findDelivery(p.planId(), p.asOf(), p.lang(), p.dataVersion()).isPresent()) {
            log.info("Report {} as of {} ({}) was already delivered; not sent again", p.planId(), p.asOf(), p.lang());
            return RepeatStatus.FINISHED;
        }
        Plan plan = plans.load(p.planId()).get(0);
        Locale locale = Locale.forLanguageTag(p.lang());
        DeliveryRecordRepository.Report report = new DeliveryRecordRepository.Report(p.planId(), p.asOf(), p.lang(),
                p.dataVersion());
        ReportFiles files = ReportFiles.of(properties.reportsDir(), plan.id(), p.asOf(), p.lang());
        Optional<StoredEmailBodies> bodies = storedBodies(plan, p, files);
        if (bodies.isEmpty()) {
            String why = "Report " + plan.id() + " as of " + p.asOf() + " (" + p.lang() + "): its files are gone ("
                    + files.pdf() + ") and the figures have changed since it was written, so it cannot be written "
                    + "again as it was; its delivery is given up (a report from the new figures is sent instead)";
            int given = records.giveUp(report, why);
            log.warn("{}; {} pending deliveries given up", why, given);
            return RepeatStatus.FINISHED;
        }
        // Subject and bodies as rendered with the PDF, whatever was imported since.
        ReportEmail email = ReportEmail.of(settings, plan.id(), plan.title().in(locale), p.asOf(),
                bodies.get().subjectHeadline(), bodies.get().text(), bodies.get().html(), files.pdf())
                .of(p.lang(), p.dataVersion());
        DeliveryOutcome outcome = delivery.sendsBySmtp(email) ? sendToEach(report, email) : toOutbox(report, email);
        reports.recordDelivery(p.dataVersion(), new ReportRepository.Delivery(plan.id(), p.asOf(), p.lang(),
                outcome.channel().name(), String.join(", ", outcome.recipients()), outcome.messageId(),
                outcome.emlFile() == null ? null : outcome.emlFile().toString(), Instant.now()));
        durability.flush();
        int superseded = records.supersedeOlder(report);
        if (superseded > 0) {
            log.info("Report {} as of {} ({}): {} pending deliveries of older data are superseded by this one",
                    plan.id(), p.asOf(), p.lang(), superseded);
        }
        log.info("Report {} as of {} ({}) delivered by {}{}", plan.id(), p.asOf(), p.lang(), outcome.channel(),
                outcome.emlFile() == null ? " to " + outcome.recipients() : " → " + outcome.emlFile());
        return RepeatStatus.FINISHED;
    }

    /**
     * The email bodies stored with this report's PDF. When the report's files are gone (removed by hand or by
     * retention) while its delivery is pending, and the figures are still those it was built from, it is written
     * again; when the figures have changed it cannot be, and the result is empty.
     */
    private Optional<StoredEmailBodies> storedBodies(Plan plan, ReportParameters p, ReportFiles files)
            throws Exception {
        Optional<StoredEmailBodies> stored = Files.isRegularFile(files.pdf())
                ? StoredEmailBodies.read(files.emailBodies()) : Optional.empty();
        if (stored.isPresent() && p.dataVersion().equals(stored.get().dataVersion())) {
            return stored;
        }
        if (!ReportRunner.dataVersion(importedFiles.importedShas(), plan).equals(p.dataVersion())) {
            return Optional.empty();
        }
        log.info("Report {} as of {} ({}): its files are gone; written again from the same figures before delivery",
                plan.id(), p.asOf(), p.lang());
        writer.write(p);
        return StoredEmailBodies.read(files.emailBodies());
    }

    /**
     * One message per recipient, each retried with back-off. A recipient already SENT (by an earlier, failed
     * execution of this step) is skipped, so a restart never sends the same report to anyone twice. When some
     * recipient is still unreachable, the step fails: the job is restarted by the next run, and only this step runs.
     */
    private DeliveryOutcome sendToEach(DeliveryRecordRepository.Report report, ReportEmail email) {
        List<DeliveryRecordRepository.Record> wanted = records.ensure(report, email.recipients(), "SMTP");
        List<String> pending = new ArrayList<>();
        String firstError = null;
        for (DeliveryRecordRepository.Record record : wanted) {
            if (!email.recipients().contains(record.recipient())) {
                if (record.status() != DeliveryRecordRepository.Status.SENT) {
                    log.info("{} is no longer a recipient (planscore.delivery.recipients); not sent", record.recipient());
                    records.markSuperseded(record.id());
                }
                continue;
            }
            if (record.status() == DeliveryRecordRepository.Status.SENT) {
                log.info("Report {} as of {} ({}) was already sent to {} at {}; not sent again", report.planId(),
                        report.asOf(), report.lang(), record.recipient(), record.sentAt());
                continue;
            }
            if (stopSignal.requested()) {
                pending.add(record.recipient());
                continue;
            }
            ReportEmail one = email.to(record.recipient());
            records.markSending(record.id(), ReportMessageId.of(one));
            AtomicInteger tries = new AtomicInteger();
            try {
                retry.execute(() -> {
                    if (tries.incrementAndGet() > 1) {
                        log.info("Retrying delivery to {} (attempt {})", record.recipient(), tries.get());
                    }
                    return delivery.sendTo(email, record.recipient());
                });
                records.markSent(record.id(), tries.get() - 1);
                // On disk before the next recipient: a crash now must not send this one the report again.
                durability.flush();
            } catch (RetryException e) {
                String error = e.getLastException() == null ? e.getMessage() : e.getLastException().getMessage();
                log.warn("Report {} as of {} ({}) could not be sent to {} after {} attempts; pending for the next run: {}",
                        report.planId(), report.asOf(), report.lang(), record.recipient(), tries.get(), error);
                records.markPending(record.id(), tries.get() - 1, error);
                pending.add(record.recipient());
                firstError = firstError == null ? error : firstError;
            }
        }
        if (!pending.isEmpty()) {
            throw new DeliveryPendingException("Report " + report.planId() + " as of " + report.asOf() + " ("
                    + report.lang() + ") not yet delivered to " + pending + "; the next run sends it"
                    + (firstError == null ? "" : " (" + firstError + ")"));
        }
        return DeliveryOutcome.sent(ReportMessageId.of(email), email.recipients());
    }

    private DeliveryOutcome toOutbox(DeliveryRecordRepository.Report report, ReportEmail email) {
        DeliveryOutcome outcome = delivery.deliver(email);
        List<DeliveryRecordRepository.Record> rows = records.ensure(report, List.of(OUTBOX_RECIPIENT), "OUTBOX");
        records.markSending(rows.get(0).id(), outcome.messageId());
        records.markSent(rows.get(0).id(), 0);
        return outcome;
    }

    /** Some recipients could not be reached in this run; they stay pending. */
    public static class DeliveryPendingException extends RuntimeException {
        public DeliveryPendingException(String message) {
            super(message);
        }
    }
}
