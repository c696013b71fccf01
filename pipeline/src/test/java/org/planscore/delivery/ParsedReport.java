package org.planscore.delivery;

import java.io.IOException;
import java.io.InputStream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Takes a received or re-read report apart, checking the mixed/alternative layout on the way. */
record ParsedReport(String text, String html, String attachmentName, String attachmentType, byte[] attachment) {

    static ParsedReport of(MimeMessage message) throws MessagingException, IOException {
        require(message.isMimeType("multipart/mixed"), "top level is " + message.getContentType());
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        require(mixed.getCount() == 2, "mixed has " + mixed.getCount() + " parts");

        BodyPart bodies = mixed.getBodyPart(0);
        require(bodies.isMimeType("multipart/alternative"), "first part is " + bodies.getContentType());
        MimeMultipart alternative = (MimeMultipart) bodies.getContent();
        require(alternative.getCount() == 2, "alternative has " + alternative.getCount() + " parts");
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        require(text.isMimeType("text/plain") && text.getContentType().contains("UTF-8"), text.getContentType());
        require(html.isMimeType("text/html") && html.getContentType().contains("UTF-8"), html.getContentType());

        BodyPart pdf = mixed.getBodyPart(1);
        require(Part.ATTACHMENT.equalsIgnoreCase(pdf.getDisposition()), "disposition " + pdf.getDisposition());
        try (InputStream bytes = pdf.getInputStream()) {
            return new ParsedReport(unixLines(text.getContent()), unixLines(html.getContent()),
                    pdf.getFileName(), pdf.getContentType(), bytes.readAllBytes());
        }
    }

    // On the wire text lines end in CRLF (RFC 2046 §4.1.1); compare with what the report writer produced.
    private static String unixLines(Object text) {
        return ((String) text).replace("\r\n", "\n");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("not a PlanScore report email: " + problem);
        }
    }
}
