package org.planscore.functional;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** An .eml from the outbox read back: its decoded subject and its text and HTML bodies. */
record ParsedEmail(String subject, String text, String html) {

    static ParsedEmail of(Path eml) throws IOException {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String[] bodies = new String[2];
            collect(message, bodies);
            return new ParsedEmail(message.getSubject(), bodies[0], bodies[1]);
        } catch (MessagingException e) {
            throw new IOException("cannot read " + eml, e);
        }
    }

    private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies[0] == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies);
            }
        }
    }
}
