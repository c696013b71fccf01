package org.planscore.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.planscore.cli.Commands;
import org.planscore.cli.ExitCode;
import org.planscore.functional.CommandResult;
import org.planscore.functional.FunctionalFolders;
import org.planscore.functional.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Every email is seen and says what its PDF says: a delivery resumed on a later night, after new figures arrived,
 * sends the subject and summary rendered with the attached PDF; the two editions and a report re-issued for the same
 * date are new messages (their own Message-IDs), which mail programs do not drop as already seen.
 */
@SpringBootTest
class ReportEmailFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("report-email");
    private static final int SMTP_PORT = freePort();
    private static final String RECIPIENT = "chutich@haiphong.example";
    private static final Pattern PDF_MISSING = Pattern.compile("(\\d+) Thiếu dữ liệu");
    private static final Pattern TEXT_MISSING = Pattern.compile("Thiếu dữ liệu: (\\d+)");

    private static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        FunctionalFolders.register(registry, ROOT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("planscore.delivery.recipients", () -> RECIPIENT);
        registry.add("planscore.delivery.retry.max-retries", () -> 0);
    }

    @Autowired
    private Commands commands;

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void aResumedDeliverySendsTheWordsOfItsPdfAndNewReportsGetNewMessageIds() throws Exception {
        // given the report of 30 June written while the mail server is down: its delivery waits
        CommandResult june = CommandResult.run(commands, "run", "--as-of", "2025-06-30");
        assertThat(june.exitCode()).as(june.output()).isEqualTo(ExitCode.RUN_FAILED);
        Path junePdf = ROOT.resolve("reports/2025-06-30/haiphong-2025-2025-06-30-vi.pdf");
        int missingInJunePdf = count(PDF_MISSING, PdfText.of(junePdf).firstPage());

        // and then figures arrive for a target that had none (the 2022 new-rural target: 100 % of districts)
        Path inbox = Files.createDirectories(ROOT.resolve("data/inbox"));
        Files.writeString(inbox.resolve("new-rural.csv"), "indicator,area,period,value,unit,vintage,source\n"
                + "NEW_RURAL_DISTRICTS_SHARE,Hải Phòng,2021,75,%,official,test\n"
                + "NEW_RURAL_DISTRICTS_SHARE,Hải Phòng,2022,100,%,official,test\n", StandardCharsets.UTF_8);

        // when the next night's run (31 July) finds the mail server back
        smtp.start();
        CommandResult july = CommandResult.run(commands, "run", "--as-of", "2025-07-31");

        // then the pending 30 June email went out with the PDF written that night, and its subject and summary
        // count the targets without data as that PDF's page 1 does, not as the new figures would
        assertThat(july.exitCode()).as(july.output()).isEqualTo(ExitCode.OK);
        MimeMessage juneMail = only(messagesAbout("30/06/2025"));
        ParsedReport parsed = ParsedReport.of(juneMail);
        assertThat(parsed.attachment()).isEqualTo(Files.readAllBytes(junePdf));
        assertThat(count(TEXT_MISSING, parsed.text())).isEqualTo(missingInJunePdf);
        assertThat(juneMail.getSubject()).contains(missingInJunePdf + " thiếu số liệu");

        // and when 30 June is re-issued on the new figures, it is written anew and counts one target fewer without
        // data; its email is a new message, and so is the English edition
        CommandResult reissue = CommandResult.run(commands, "run", "--as-of", "2025-06-30");
        CommandResult english = CommandResult.run(commands, "run", "--as-of", "2025-06-30", "--lang", "en");
        assertThat(reissue.exitCode()).as(reissue.output()).isEqualTo(ExitCode.OK);
        assertThat(english.exitCode()).as(english.output()).isEqualTo(ExitCode.OK);
        assertThat(count(PDF_MISSING, PdfText.of(junePdf).firstPage())).isEqualTo(missingInJunePdf - 1);
        // (30 June: the resumed email, the re-issue, the English edition)
        assertThat(messagesAbout("30/06/2025")).hasSize(3);
        List<String> ids = Arrays.stream(smtp.getReceivedMessages()).map(ReportEmailFunctionalTests::id).toList();
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        assertThat(ids).anyMatch(id -> id.contains(".2025-06-30.vi.")).anyMatch(id -> id.contains(".2025-06-30.en."));
    }

    private static List<MimeMessage> messagesAbout(String date) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(date)).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("'%s' in:%n%s", pattern, text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
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
