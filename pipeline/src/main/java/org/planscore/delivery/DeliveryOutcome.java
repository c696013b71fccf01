package org.planscore.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * How a report went out.
 *
 * @param channel    SMTP when it was handed to the mail server, OUTBOX when it was written as a file
 * @param messageId  the report's stable Message-ID, to recognise a re-send
 * @param recipients who it was (or, for the outbox, is to be) sent to
 * @param emlFile    the {@code .eml} file for OUTBOX; {@code null} for SMTP
 */
public record DeliveryOutcome(Channel channel, String messageId, List<String> recipients, Path emlFile) {

    public enum Channel { SMTP, OUTBOX }

    public DeliveryOutcome {
        recipients = List.copyOf(recipients);
    }

    public static DeliveryOutcome sent(String messageId, List<String> recipients) {
        return new DeliveryOutcome(Channel.SMTP, messageId, recipients, null);
    }

    public static DeliveryOutcome leftInOutbox(String messageId, List<String> recipients, Path emlFile) {
        return new DeliveryOutcome(Channel.OUTBOX, messageId, recipients, emlFile);
    }
}
