package org.planscore.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.functional.CommandResult;
import org.planscore.functional.FunctionalFolders;
import org.planscore.functional.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** With a mail server configured, the nightly run sends the PDF to the leadership list by SMTP, once. */
@SpringBootTest
class MailDeliveryFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("mail-delivery");
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("planscore.delivery.recipients", () -> "chutich@haiphong.example,vanphong@haiphong.example");
    }

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theReportIsMailedToEachRecipientWithThePdfAttached() throws Exception {
        // given a mail server and two recipients in the configuration

        // when the nightly job runs
        CommandResult result = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then each recipient received one email whose attachment is the report PDF
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).contains("Hải Phòng").contains("31/12/2025");
        ParsedReport parsed = ParsedReport.of(message);
        assertThat(parsed.attachmentName()).isEqualTo("haiphong-2025-2025-12-31-vi.pdf");
        assertThat(PdfText.of(parsed.attachment()).all()).contains("Hải Phòng").contains("Đã đạt mục tiêu");
        assertThat(parsed.text()).contains("Đã đạt mục tiêu");
        assertThat(parsed.html()).contains("<table", "Điểm theo trụ cột", "Các chỉ tiêu chậm nhất", "Đã đạt mục tiêu");
        assertThat(jdbc.queryForObject("SELECT channel FROM report_delivery", String.class)).isEqualTo("SMTP");
        assertThat(Files.exists(ROOT.resolve("reports/outbox"))
                ? Files.list(ROOT.resolve("reports/outbox")).toList() : java.util.List.of()).isEmpty();

        // and when the job runs again on the same data, nobody gets a second copy
        CommandResult.run(commands, "run", "--as-of", "2025-12-31");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
