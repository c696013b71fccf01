package org.planscore.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Builds the report email: multipart/mixed holding a multipart/alternative (plain text, then HTML, both
 * UTF-8) and the PDF as an application/pdf attachment; UTF-8 subject, Date and a stable Message-ID.
 */
public final class ReportMessageFactory {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String PDF = "application/pdf";

    private final Clock clock;

    public ReportMessageFactory() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock source of the Date header (fixed in tests so identical reports give identical files) */
    public ReportMessageFactory(Clock clock) {
        this.clock = clock;
    }

    /** A new message in the given session whose Message-ID stays {@link ReportMessageId#of} when saved. */
    public MimeMessage create(ReportEmail email, Session session) {
        MimeMessage message = new StableIdMimeMessage(session, ReportMessageId.of(email));
        populate(message, email);
        return message;
    }

    /**
     * Fills a message created elsewhere, e.g. by {@code JavaMailSender.createMimeMessage()}. Its Message-ID
     * header is set explicitly; JavaMailSenderImpl keeps an explicit id when it saves the message.
     */
    public void populate(MimeMessage message, ReportEmail email) {
        String messageId = ReportMessageId.of(email);
        try {
            message.setFrom(utf8Address(email.from()));
            message.setRecipients(Message.RecipientType.TO, utf8Addresses(email.recipients()));
            message.setSubject(email.subject(), UTF_8);
            message.setHeader("Date", dateHeader());
            message.setContent(mixed(email, messageId));
            message.setHeader("Message-ID", messageId);
        } catch (MessagingException | IOException e) {
            throw new DeliveryException("Could not build the report email for plan " + email.planId()
                    + " as of " + email.asOf() + ": " + e.getMessage(), e);
        }
    }

    // In the clock's zone rather than the JVM's, so a server running on UTC still says +0700 for Hai Phong.
    private String dateHeader() {
        MailDateFormat format = new MailDateFormat();
        format.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
        return format.format(Date.from(clock.instant()));
    }

    private MimeMultipart mixed(ReportEmail email, String messageId) throws MessagingException, IOException {
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative(email, messageId));
        MimeMultipart mixed = new FixedBoundaryMultipart("mixed", boundary("mixed", messageId));
        mixed.addBodyPart(bodies);
        mixed.addBodyPart(pdfAttachment(email.attachment()));
        return mixed;
    }

    // Plain text first: in multipart/alternative the last part is the preferred one (RFC 2046 §5.1.4).
    private MimeMultipart alternative(ReportEmail email, String messageId) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.textBody(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.htmlBody(), UTF_8, "html");
        MimeMultipart alternative = new FixedBoundaryMultipart("alternative", boundary("alt", messageId));
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    // Read into memory (reports are small) so the message does not depend on the file still being there later.
    private static MimeBodyPart pdfAttachment(Path pdf) throws MessagingException, IOException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(Files.readAllBytes(pdf), PDF)));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(pdf.getFileName().toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    // "=_" never occurs in quoted-printable or base64 output, so the boundary cannot clash with encoded parts.
    private static String boundary(String kind, String messageId) {
        return "=_PlanScore_" + kind + "_" + ShortHash.of(messageId);
    }

    // Re-created from its parts so a Vietnamese display name ("Nguyễn Văn A <a@…>") is RFC 2047 encoded
    // instead of written to the header as raw bytes.
    private static InternetAddress utf8Address(String address) throws MessagingException, IOException {
        InternetAddress parsed = new InternetAddress(address, true);
        return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
    }

    private static InternetAddress[] utf8Addresses(List<String> addresses) throws MessagingException, IOException {
        InternetAddress[] result = new InternetAddress[addresses.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = utf8Address(addresses.get(i));
        }
        return result;
    }
}
