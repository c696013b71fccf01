package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The real path: a Spring JavaMailSenderImpl talking SMTP to GreenMail on a free port. */
class SmtpDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void leadershipReceivesTheReportWithVietnameseSubjectBothBodiesAndThePdf() throws Exception {
        Path pdf = TestPdfs.onePage(dir.resolve("bao-cao-hai-phong-2025-06-30.pdf"));
        ReportEmail email = TestReports.email(pdf, List.of("Chủ tịch UBND <chutich@haiphong.gov.vn>"));
        Path outboxDir = dir.resolve("outbox");
        ReportDelivery delivery = new ReportDelivery(new SmtpSender(greenMailSender()), new OutboxWriter(outboxDir),
                new ReportMessageFactory(TestReports.FIXED_CLOCK));

        DeliveryOutcome outcome = delivery.sendTo(email, email.recipients().get(0));

        assertEquals(DeliveryOutcome.Channel.SMTP, outcome.channel());
        assertEquals(email.recipients(), outcome.recipients());
        assertNull(outcome.emlFile());
        assertFalse(Files.exists(outboxDir), "nothing goes to the outbox when SMTP works");

        assertTrue(greenMail.waitForIncomingEmail(5_000, 1));
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals("Báo cáo tiến độ kế hoạch Hải Phòng (30/06/2025)", received.getSubject());
        assertEquals(outcome.messageId(), received.getMessageID());
        assertEquals(ReportMessageId.of(email), received.getMessageID());

        ParsedReport report = ParsedReport.of(received);
        assertEquals(TestReports.TEXT, report.text());
        assertEquals(TestReports.HTML, report.html());
        assertEquals("bao-cao-hai-phong-2025-06-30.pdf", report.attachmentName());
        assertTrue(report.attachmentType().startsWith("application/pdf"), report.attachmentType());
        assertArrayEquals(Files.readAllBytes(pdf), report.attachment());
        assertTrue(TestPdfs.textOf(report.attachment()).contains(TestPdfs.LINE));
    }

    private static JavaMailSenderImpl greenMailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(greenMail.getSmtp().getBindTo());
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }
}
