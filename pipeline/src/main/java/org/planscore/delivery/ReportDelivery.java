package org.planscore.delivery;

import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers a report: by SMTP when a mail server is configured and there is someone to send to, otherwise as
 * an {@code .eml} file in the outbox. An SMTP failure is thrown, not quietly diverted to the outbox: the job
 * should fail visibly and be re-run, and the stable Message-ID lets a re-send be recognised.
 */
public final class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    private final @Nullable SmtpSender smtp;
    private final OutboxWriter outbox;
    private final ReportMessageFactory messages;

    /** @param mailSender null when no mail server is configured (Spring Boot creates one only if spring.mail.host is set) */
    public ReportDelivery(@Nullable JavaMailSender mailSender, DeliveryProperties settings) {
        this(mailSender == null ? null : new SmtpSender(mailSender), new OutboxWriter(settings.outboxDir()),
                new ReportMessageFactory());
    }

    public ReportDelivery(@Nullable SmtpSender smtp, OutboxWriter outbox, ReportMessageFactory messages) {
        this.smtp = smtp;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Whether {@link #deliver} would use SMTP: a mail server is configured and there is someone to send to. */
    public boolean sendsBySmtp(ReportEmail email) {
        return smtp != null && !email.recipients().isEmpty();
    }

    /** Sends the report to one recipient alone (its own Message-ID, stable across retries). */
    public DeliveryOutcome sendTo(ReportEmail email, String recipient) {
        if (smtp == null) {
            throw new IllegalStateException("no mail server configured (spring.mail.host)");
        }
        return sendBySmtp(smtp, email.to(recipient));
    }

    /**
     * Writes the report to the outbox. (SMTP goes through {@link #sendTo}, one recipient at a time, each recorded:
     * the deliver step never sends to a whole list at once.)
     */
    public DeliveryOutcome deliver(ReportEmail email) {
        return writeToOutbox(email);
    }

    private DeliveryOutcome sendBySmtp(SmtpSender smtp, ReportEmail email) {
        MimeMessage message = smtp.newMessage();
        messages.populate(message, email);
        smtp.send(message);
        String messageId = ReportMessageId.of(email);
        log.info("Report {} sent via {} to {}", messageId, smtp.server(), email.recipients());
        return DeliveryOutcome.sent(messageId, email.recipients());
    }

    private DeliveryOutcome writeToOutbox(ReportEmail email) {
        MimeMessage message = messages.create(email, Session.getInstance(new Properties()));
        Path eml = outbox.write(message, email.planId() + "-" + email.asOf());
        String messageId = ReportMessageId.of(email);
        log.info("Report {} written to {} ({})", messageId, eml,
                smtp == null ? "no mail server configured" : "no recipients configured");
        return DeliveryOutcome.leftInOutbox(messageId, email.recipients(), eml);
    }
}
