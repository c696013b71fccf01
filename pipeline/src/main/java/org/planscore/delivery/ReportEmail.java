package org.planscore.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One report ready to go out: who it is from and to, the subject, both body versions and the PDF.
 *
 * @param recipients empty means "nobody configured yet"; delivery then falls back to the outbox
 */
public record ReportEmail(
        String planId,
        String planTitle,
        LocalDate asOf,
        String subject,
        String textBody,
        String htmlBody,
        Path attachment,
        String from,
        List<String> recipients,
        String edition,
        String dataVersion) {

    /** A report email not yet tied to an edition and data version (their Message-ID then leaves them out). */
    public ReportEmail(String planId, String planTitle, LocalDate asOf, String subject, String textBody,
                       String htmlBody, Path attachment, String from, List<String> recipients) {
        this(planId, planTitle, asOf, subject, textBody, htmlBody, attachment, from, recipients, null, null);
    }

    public ReportEmail {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(attachment, "attachment");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("a from address is required (planscore.delivery.from)");
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The same report addressed to one recipient. */
    public ReportEmail to(String recipient) {
        return new ReportEmail(planId, planTitle, asOf, subject, textBody, htmlBody, attachment, from,
                List.of(recipient), edition, dataVersion);
    }

    /**
     * This email as the given edition (language) of the report built from the given data version: both are part
     * of its Message-ID, so the Vietnamese and English editions, and a report re-issued for the same date after new
     * figures, are different messages to a mail program, while a re-send of the same report keeps its id.
     */
    public ReportEmail of(String edition, String dataVersion) {
        return new ReportEmail(planId, planTitle, asOf, subject, textBody, htmlBody, attachment, from, recipients,
                edition, dataVersion);
    }

    /** Fills sender, recipients and subject from the delivery settings. */
    public static ReportEmail of(DeliveryProperties settings, String planId, String planTitle, LocalDate asOf,
                                 String textBody, String htmlBody, Path attachment) {
        return of(settings, planId, planTitle, asOf, null, textBody, htmlBody, attachment);
    }

    /** As above, with a headline (the counts by status) after the date in the subject. */
    public static ReportEmail of(DeliveryProperties settings, String planId, String planTitle, LocalDate asOf,
                                 String subjectHeadline, String textBody, String htmlBody, Path attachment) {
        return new ReportEmail(planId, planTitle, asOf, settings.subjectFor(planTitle, asOf, subjectHeadline),
                textBody, htmlBody, attachment, settings.from(), settings.recipientsFor(planId));
    }
}
