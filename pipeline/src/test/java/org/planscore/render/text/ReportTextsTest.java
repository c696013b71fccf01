package org.planscore.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.planscore.scoring.ProgressStatus;

class ReportTextsTest {

    private final ReportTexts vi = ReportTexts.forLocale(Locale.forLanguageTag("vi-VN"));
    private final ReportTexts en = ReportTexts.forLocale(Locale.ENGLISH);

    @Test
    void formatsNumbersPerLanguage() {
        assertEquals("1.234,5", vi.number(1234.5));
        assertEquals("1,234.5", en.number(1234.5));
        assertEquals("110.000", vi.number(110000.0));
        assertEquals("0,88", vi.number(0.88));
        assertEquals("-3,5", vi.number(-3.5));
    }

    @Test
    void yearsNeverGetGroupingSeparators() {
        assertEquals("2025", vi.year(2025));
        assertEquals("Năm gốc 2020: 80.412 tỷ đồng.", vi.format("target.base", vi.quantity(80412.0, "tỷ đồng"), vi.year(2020)));
    }

    @Test
    void statusLabelsInBothLanguages() {
        assertEquals("Đã đạt mục tiêu", vi.status(ProgressStatus.TARGET_ACHIEVED));
        assertEquals("Đúng tiến độ", vi.status(ProgressStatus.SUBSTANTIAL_PROGRESS));
        assertEquals("Cần đẩy nhanh", vi.status(ProgressStatus.MODERATE_PROGRESS));
        assertEquals("Chậm tiến độ", vi.status(ProgressStatus.LIMITED_PROGRESS));
        assertEquals("Đi ngược mục tiêu", vi.status(ProgressStatus.DETERIORATION));
        assertEquals("Thiếu dữ liệu", vi.status(ProgressStatus.NOT_AVAILABLE));
        assertEquals("Thiếu dữ liệu", vi.status(null));
        assertEquals("Target achieved", en.status(ProgressStatus.TARGET_ACHIEVED));
        assertEquals("Not available", en.status(ProgressStatus.NOT_AVAILABLE));
    }

    @Test
    void vietnameseStaysVietnameseWhateverTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Thiếu dữ liệu", ReportTexts.forLocale(new Locale("vi")).status(ProgressStatus.NOT_AVAILABLE));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datesPerLanguage() {
        assertEquals("30/06/2025", vi.date(LocalDate.of(2025, 6, 30)));
        assertEquals("30 June 2025", en.date(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void vintageWordsAndUnknownVintages() {
        assertEquals("ước tính", vi.vintage("estimate"));
        assertEquals("preliminary", en.vintage("Preliminary"));
        assertNull(vi.vintage(null));
        assertNull(vi.vintage("rumour"));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("/i18n/report.properties").keySet(), load("/i18n/report_en.properties").keySet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
