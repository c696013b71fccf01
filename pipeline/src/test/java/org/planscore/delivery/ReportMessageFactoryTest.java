package org.planscore.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMessageFactoryTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @TempDir
    Path dir;

    private final ReportMessageFactory factory = new ReportMessageFactory(TestReports.FIXED_CLOCK);

    @Test
    void buildsMixedMessageWithBothAlternativesAndThePdf() throws Exception {
        Path pdf = TestPdfs.onePage(dir.resolve("bao-cao-2025-06-30.pdf"));
        ReportEmail email = TestReports.email(pdf, List.of("chutich@haiphong.gov.vn"));

        MimeMessage message = reread(factory.create(email, SESSION));
        ParsedReport report = ParsedReport.of(message);

        assertEquals(TestReports.SUBJECT, message.getSubject());
        assertEquals(ReportMessageId.of(email), message.getMessageID());
        assertEquals(Date.from(TestReports.FIXED_CLOCK.instant()), message.getSentDate());
        assertTrue(message.getHeader("Date", null).contains(" +0700"), message.getHeader("Date", null));
        assertEquals(TestReports.TEXT, report.text());
        assertEquals(TestReports.HTML, report.html());
        assertEquals("bao-cao-2025-06-30.pdf", report.attachmentName());
        assertTrue(report.attachmentType().startsWith("application/pdf"), report.attachmentType());
        assertArrayEquals(Files.readAllBytes(pdf), report.attachment());
    }

    @Test
    void headersStayAsciiSoVietnameseSurvivesAnyMailServer() throws Exception {
        Path pdf = TestPdfs.onePage(dir.resolve("report.pdf"));
        ReportEmail email = TestReports.email(pdf, List.of("Nguyễn Văn Tùng <tung@haiphong.gov.vn>"));

        byte[] raw = bytesOf(factory.create(email, SESSION));
        String headers = new String(raw, StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];

        assertTrue(headers.chars().allMatch(c -> c < 128), headers);
        InternetAddress to = (InternetAddress) reread(raw).getRecipients(Message.RecipientType.TO)[0];
        assertEquals("Nguyễn Văn Tùng", to.getPersonal());
        assertEquals("tung@haiphong.gov.vn", to.getAddress());
        assertEquals("PlanScore Hải Phòng", ((InternetAddress) reread(raw).getFrom()[0]).getPersonal());
    }

    @Test
    void sameReportBuildsByteIdenticalMessages() throws Exception {
        Path pdf = TestPdfs.onePage(dir.resolve("report.pdf"));
        ReportEmail email = TestReports.email(pdf, List.of("chutich@haiphong.gov.vn"));

        assertArrayEquals(bytesOf(factory.create(email, SESSION)), bytesOf(factory.create(email, SESSION)));
    }

    @Test
    void missingPdfIsADeliveryErrorNamingTheFile() {
        ReportEmail email = TestReports.email(dir.resolve("nowhere.pdf"), List.of());

        DeliveryException error = assertThrows(DeliveryException.class, () -> factory.create(email, SESSION));

        assertTrue(error.getMessage().contains("nowhere.pdf"), error.getMessage());
        assertTrue(error.getMessage().contains("hp-2021-2025"), error.getMessage());
    }

    @Test
    void noRecipientsGivesADraftWithoutTo() throws Exception {
        Path pdf = TestPdfs.onePage(dir.resolve("report.pdf"));

        MimeMessage draft = reread(factory.create(TestReports.email(pdf, List.of()), SESSION));

        assertNull(draft.getRecipients(Message.RecipientType.TO));
        assertEquals(TestReports.SUBJECT, draft.getSubject());
    }

    private static byte[] bytesOf(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static MimeMessage reread(MimeMessage message) throws Exception {
        return reread(bytesOf(message));
    }

    private static MimeMessage reread(byte[] raw) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }
}
