package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWriterTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String STEM = "hp-2021-2025-2025-06-30";

    @TempDir
    Path dir;

    private Path outbox;
    private Path pdf;
    private OutboxWriter writer;
    private final ReportMessageFactory factory = new ReportMessageFactory(TestReports.FIXED_CLOCK);

    @BeforeEach
    void setUp() throws IOException {
        outbox = dir.resolve("reports/outbox");
        pdf = TestPdfs.onePage(dir.resolve("bao-cao.pdf"));
        writer = new OutboxWriter(outbox);
    }

    @Test
    void writesAnEmlThatParsesBackToTheSameReport() throws Exception {
        ReportEmail email = TestReports.email(pdf, List.of("chutich@haiphong.gov.vn", "vanphong@haiphong.gov.vn"));

        Path eml = writer.write(factory.create(email, SESSION), STEM);

        assertEquals(outbox.resolve(STEM + ".eml"), eml);
        MimeMessage parsed = parse(eml);
        assertEquals(TestReports.SUBJECT, parsed.getSubject());
        assertEquals(ReportMessageId.of(email), parsed.getMessageID());
        assertArrayEquals(InternetAddress.parse("chutich@haiphong.gov.vn, vanphong@haiphong.gov.vn"),
                parsed.getRecipients(Message.RecipientType.TO));
        ParsedReport report = ParsedReport.of(parsed);
        assertEquals("bao-cao.pdf", report.attachmentName());
        assertArrayEquals(Files.readAllBytes(pdf), report.attachment());
        assertEquals(List.of(STEM + ".eml"), outboxFiles());
    }

    @Test
    void writingTheSameReportAgainKeepsTheOneFile() throws Exception {
        ReportEmail email = TestReports.email(pdf, List.of("chutich@haiphong.gov.vn"));
        Path first = writer.write(factory.create(email, SESSION), STEM);
        byte[] firstBytes = Files.readAllBytes(first);

        Path second = writer.write(factory.create(email, SESSION), STEM);

        assertEquals(first, second);
        assertArrayEquals(firstBytes, Files.readAllBytes(first));
        assertEquals(List.of(STEM + ".eml"), outboxFiles());
    }

    @Test
    void differentContentUnderTheSameNameGetsANumberedFile() throws Exception {
        ReportEmail email = TestReports.email(pdf, List.of("chutich@haiphong.gov.vn"));
        Path first = writer.write(factory.create(email, SESSION), STEM);
        byte[] firstBytes = Files.readAllBytes(first);
        ReportEmail corrected = new ReportEmail(email.planId(), email.planTitle(), email.asOf(), email.subject(),
                "Bản sửa lỗi.", email.htmlBody(), email.attachment(), email.from(), email.recipients());

        Path second = writer.write(factory.create(corrected, SESSION), STEM);
        Path third = writer.write(factory.create(corrected, SESSION), STEM);

        assertEquals(outbox.resolve(STEM + "-2.eml"), second);
        assertEquals(second, third);
        assertArrayEquals(firstBytes, Files.readAllBytes(first));
        assertEquals(List.of(STEM + "-2.eml", STEM + ".eml"), outboxFiles());
    }

    @Test
    void aMessageThatFailsHalfwayLeavesNoFileBehind() throws IOException {
        MimeMessage breaksMidway = new MimeMessage(SESSION) {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write("Subject: half a message\r\n".getBytes());
                throw new IOException("disk pulled out");
            }
        };

        DeliveryException error = assertThrows(DeliveryException.class, () -> writer.write(breaksMidway, STEM));

        assertTrue(error.getMessage().contains(outbox.toAbsolutePath().toString()), error.getMessage());
        assertEquals(List.of(), outboxFiles());
    }

    private List<String> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static MimeMessage parse(Path eml) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(SESSION, in);
        }
    }
}
