package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpFailureTest {

    @TempDir
    Path dir;

    @Test
    void unreachableServerIsADeliveryErrorNamingHostAndRecipients() throws IOException {
        int unusedPort = freeLoopbackPort();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(unusedPort);
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
        Path outboxDir = dir.resolve("outbox");
        ReportDelivery delivery = new ReportDelivery(new SmtpSender(sender), new OutboxWriter(outboxDir),
                new ReportMessageFactory());
        ReportEmail email = TestReports.email(TestPdfs.onePage(dir.resolve("report.pdf")),
                List.of("chutich@haiphong.gov.vn"));

        DeliveryException error = assertThrows(DeliveryException.class,
                () -> delivery.sendTo(email, email.recipients().get(0)));

        assertTrue(error.getMessage().contains("127.0.0.1:" + unusedPort), error.getMessage());
        assertTrue(error.getMessage().contains("chutich@haiphong.gov.vn"), error.getMessage());
        assertFalse(Files.exists(outboxDir), "a failed send is reported, not silently parked in the outbox");
    }

    // Bound and released at once: nothing listens there afterwards, so connecting is refused straight away.
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
