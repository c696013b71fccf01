package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Choosing the channel; the SMTP channel itself is covered against GreenMail in SmtpDeliveryTest. */
class ReportDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void withoutAMailServerTheReportGoesToTheOutbox() throws Exception {
        DeliveryProperties settings = new DeliveryProperties(TestReports.FROM,
                List.of("chutich@haiphong.gov.vn"), dir.resolve("outbox"), null);
        ReportEmail email = ReportEmail.of(settings, "hp-2021-2025", "Hải Phòng", TestReports.AS_OF,
                TestReports.TEXT, TestReports.HTML, TestPdfs.onePage(dir.resolve("report.pdf")));

        DeliveryOutcome outcome = new ReportDelivery(null, settings).deliver(email);

        assertEquals(DeliveryOutcome.Channel.OUTBOX, outcome.channel());
        assertEquals(dir.resolve("outbox/hp-2021-2025-2025-06-30.eml"), outcome.emlFile());
        assertEquals(List.of("chutich@haiphong.gov.vn"), outcome.recipients());
        try (InputStream in = Files.newInputStream(outcome.emlFile())) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals(outcome.messageId(), parsed.getMessageID());
            assertEquals("Báo cáo tiến độ kế hoạch Hải Phòng (30/06/2025)", parsed.getSubject());
            assertEquals("chutich@haiphong.gov.vn", parsed.getAllRecipients()[0].toString());
        }
    }

    @Test
    void withAMailServerButNobodyToSendToTheReportWaitsInTheOutbox() throws Exception {
        JavaMailSenderImpl mailServer = new JavaMailSenderImpl();
        mailServer.setHost(greenMail.getSmtp().getBindTo());
        mailServer.setPort(greenMail.getSmtp().getPort());
        DeliveryProperties settings = new DeliveryProperties(TestReports.FROM, List.of(), dir.resolve("outbox"), null);
        ReportEmail email = ReportEmail.of(settings, "hp-2021-2025", "Hải Phòng", TestReports.AS_OF,
                TestReports.TEXT, TestReports.HTML, TestPdfs.onePage(dir.resolve("report.pdf")));

        DeliveryOutcome outcome = new ReportDelivery(mailServer, settings).deliver(email);

        assertEquals(DeliveryOutcome.Channel.OUTBOX, outcome.channel());
        assertTrue(Files.isRegularFile(outcome.emlFile()));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }
}
