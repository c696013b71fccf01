package org.planscore.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.functional.CommandResult;
import org.planscore.functional.FolderApplication;
import org.planscore.functional.FunctionalFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server is down during the nightly run: each recipient is tried with back-off, the run ends with status 1
 * and the deliveries pending; once the server is back, the next run sends exactly one email per recipient, and no
 * later run sends another. Each test has its own mail server, down at its start, and its own folder and database.
 */
@SpringBootTest
class DeliveryRetryFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("delivery-retry");
    private static final int SMTP_PORT = freePort();
    private static final List<String> RECIPIENTS = List.of("chutich@haiphong.example", "vanphong@haiphong.example");

    private static final String[] MAIL_SETTINGS = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT,
            "planscore.delivery.recipients=" + String.join(",", RECIPIENTS),
            "planscore.delivery.retry.max-retries=2", "planscore.delivery.retry.delay=20ms"};

    /** Not started: the server is down until a test starts it. */
    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT, MAIL_SETTINGS);
    }

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void deliveriesLeftPendingWhileTheServerIsDownAreSentOnceByTheNextRun() throws Exception {
        // given no mail server listening
        // when the nightly job runs
        CommandResult first = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then the reports are written, each recipient was tried 1 + 2 times, and the deliveries wait
        assertThat(first.exitCode()).as(first.output()).isEqualTo(ExitCode.RUN_FAILED);
        assertThat(first.output()).contains("delivery_pending").contains("2 deliveries pending");
        assertThat(ROOT.resolve("reports/2025-12-31/haiphong-2025-2025-12-31-vi.pdf")).isRegularFile();
        assertThat(jdbc.queryForList("SELECT status FROM delivery_record", String.class))
                .containsExactly("PENDING", "PENDING");
        assertThat(jdbc.queryForList("SELECT attempts FROM delivery_record", Integer.class)).containsExactly(3, 3);
        assertThat(CommandResult.run(commands, "history").output()).contains("PENDING").contains("3 attempts")
                .contains("FAILED");

        // when the server is back and the job runs again
        smtp.start();
        CommandResult second = CommandResult.run(commands, "run", "--as-of", "2025-12-31");

        // then each recipient got the report exactly once
        assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCode.OK);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(DeliveryRetryFunctionalTests::recipient).sorted().toList())
                .isEqualTo(RECIPIENTS);
        assertThat(jdbc.queryForList("SELECT status FROM delivery_record", String.class))
                .containsExactly("SENT", "SENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_delivery", Integer.class)).isEqualTo(1);
        String history = CommandResult.run(commands, "history").output();
        assertThat(history).contains("SENT       haiphong-2025 as of 2025-12-31 (vi)  SMTP → chutich@haiphong.example")
                .contains("SMTP → vanphong@haiphong.example");

        // and a third run, on the same data or for another date's pending list, sends nothing more
        CommandResult third = CommandResult.run(commands, "run", "--as-of", "2025-12-31");
        assertThat(third.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aDeliveryPendingFromAnEarlierDateIsSentByTheNextNightsRun() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("delivery-retry-next-night", MAIL_SETTINGS)) {
            // given a report of 30 June whose delivery failed (server down)
            CommandResult june = app.run("run", "--as-of", "2025-06-30");
            assertThat(june.exitCode()).as(june.output()).isEqualTo(ExitCode.RUN_FAILED);
            smtp.start();

            // when the next night's run (another as-of date) runs with the server back
            CommandResult july = app.run("run", "--as-of", "2025-07-31");

            // then both the new report and the pending one went out, once to each recipient
            assertThat(july.exitCode()).as(july.output()).isEqualTo(ExitCode.OK);
            assertThat(july.output()).contains("as of 2025-06-30 (vi), pending delivery: written");
            List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject() + " → " + m.getAllRecipients()[0];
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertThat(subjects).hasSize(4).anyMatch(s -> s.contains("30/06/2025") && s.contains("chutich"))
                    .anyMatch(s -> s.contains("30/06/2025") && s.contains("vanphong"))
                    .anyMatch(s -> s.contains("31/07/2025") && s.contains("chutich"))
                    .anyMatch(s -> s.contains("31/07/2025") && s.contains("vanphong"));
            assertThat(app.bean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM delivery_record WHERE status <> 'SENT'", Integer.class)).isZero();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
