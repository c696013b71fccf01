package org.planscore.delivery;

import java.util.Arrays;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends report messages through Spring's JavaMailSender, turning its failures into a DeliveryException. */
public final class SmtpSender {

    private final JavaMailSender mailSender;

    public SmtpSender(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    /** An empty message in the sender's own session, so its spring.mail.* settings apply. */
    public MimeMessage newMessage() {
        return mailSender.createMimeMessage();
    }

    /** @throws DeliveryException naming the server, the recipients and the underlying cause */
    public void send(MimeMessage message) {
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw new DeliveryException("Could not send report " + messageIdOf(message) + " to "
                    + recipientsOf(message) + " via SMTP server " + server() + ": "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    /** "host:port" when known; the JavaMailSender interface itself does not say where it connects. */
    public String server() {
        if (!(mailSender instanceof JavaMailSenderImpl impl)) {
            return "(" + mailSender.getClass().getSimpleName() + ")";
        }
        String host = impl.getHost() == null ? "localhost" : impl.getHost();
        return impl.getPort() > 0 ? host + ":" + impl.getPort() : host + " (default port)";
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (MessagingException unreadable) {
            return "(no Message-ID)";
        }
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "[]" : Arrays.toString(recipients);
        } catch (MessagingException unreadable) {
            return "(unreadable recipients)";
        }
    }
}
