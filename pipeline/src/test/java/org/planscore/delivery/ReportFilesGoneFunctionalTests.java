package org.planscore.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
 * A report's files are removed (by hand, or by retention) while its delivery is pending: the next run writes it
 * again when its figures are unchanged, or gives the delivery up with a clear message when they have changed; it
 * never fails night after night. Each test has its own mail server, down at its start, and its own folder and database.
 */
@SpringBootTest
class ReportFilesGoneFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("report-files-gone");
    private static final int SMTP_PORT = freePort();
    private static final String[] MAIL_SETTINGS = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT,
            "planscore.delivery.recipients=chutich@haiphong.example", "planscore.delivery.retry.max-retries=0"};

    /** Not started: the server is down until a test starts it. */
    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT, MAIL_SETTINGS);
    }

    @Autowired
    private Commands commands;

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void onUnchangedFiguresTheReportIsWrittenAgainAndSent() throws Exception {
        // given a report whose delivery waits (mail server down), and whose files are then removed
        assertThat(CommandResult.run(commands, "run", "--as-of", "2025-06-30").exitCode())
                .isEqualTo(ExitCode.RUN_FAILED);
        Path folder = ROOT.resolve("reports/2025-06-30");
        deleteTree(folder);

        // when the next run finds the mail server back
        smtp.start();
        CommandResult next = CommandResult.run(commands, "run", "--as-of", "2025-06-30");

        // then the report was written again and sent, with the PDF now on disk attached
        assertThat(next.exitCode()).as(next.output()).isEqualTo(ExitCode.OK);
        Path pdf = folder.resolve("haiphong-2025-2025-06-30-vi.pdf");
        assertThat(pdf).isRegularFile();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(ParsedReport.of(received[0]).attachment()).isEqualTo(Files.readAllBytes(pdf));
    }

    @Test
    void onChangedFiguresTheDeliveryIsGivenUpWithAReasonAndTheNightSucceeds() throws Exception {
        try (FolderApplication app = FolderApplication.fresh("report-files-gone-changed", MAIL_SETTINGS)) {
            // given a report of 31 July whose delivery waits, whose files are removed, and new figures since
            assertThat(app.run("run", "--as-of", "2025-07-31").exitCode()).isEqualTo(ExitCode.RUN_FAILED);
            deleteTree(app.reports().resolve("2025-07-31"));
            Path inbox = Files.createDirectories(app.root().resolve("data/inbox"));
            Files.writeString(inbox.resolve("new.csv"), "indicator,area,period,value,unit,vintage,source\n"
                    + "NEW_RURAL_DISTRICTS_SHARE,Hải Phòng,2022,100,%,official,test\n", StandardCharsets.UTF_8);
            smtp.start();

            // when the next night's run (another date) runs, twice
            CommandResult next = app.run("run", "--as-of", "2025-08-31");
            CommandResult after = app.run("run", "--as-of", "2025-08-31");

            // then the old delivery is given up with its reason, tonight's report is sent, and no night fails
            assertThat(next.exitCode()).as(next.output()).isEqualTo(ExitCode.OK);
            assertThat(after.exitCode()).as(after.output()).isEqualTo(ExitCode.OK);
            JdbcTemplate database = app.bean(JdbcTemplate.class);
            assertThat(database.queryForObject(
                    "SELECT last_error FROM delivery_record WHERE as_of = DATE '2025-07-31'", String.class))
                    .contains("files are gone").contains("figures have changed").contains("given up");
            assertThat(database.queryForObject(
                    "SELECT status FROM delivery_record WHERE as_of = DATE '2025-07-31'", String.class))
                    .isEqualTo("SUPERSEDED");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("31/08/2025");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
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
