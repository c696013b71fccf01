package org.planscore.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscore.ingest.SourceLocation;

/** Every analyst message formats in both languages with the arguments its callers pass, leaving no placeholder. */
class BilingualTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("location", new Object[]{"a.xlsx", 1, "Data", 1, "12", 1, "value"}),
                Arguments.of("file.empty", new Object[]{"a.csv"}),
                Arguments.of("file.unreadable", new Object[]{"a.csv", "truncated zip"}),
                Arguments.of("file.noHeader", new Object[]{"a.csv", "indicator,area,period,value,unit"}),
                Arguments.of("file.missingColumns", new Object[]{"a.xlsx", "unit", 3, "indicator, value", 1, "Data"}),
                Arguments.of("file.noGoodRows", new Object[]{"a.csv", 12, "a.csv.errors.csv"}),
                Arguments.of("file.duplicate", new Object[]{"b.csv", "a.csv", "2025-01-06T01:02:03Z"}),
                Arguments.of("row.missing", new Object[]{"unit", "", "vị trí", "where"}),
                Arguments.of("row.badIndicator", new Object[]{"indicator", "GDP ", "vị trí", "where"}),
                Arguments.of("row.badPeriod", new Object[]{"period", "2024/5", "vị trí", "where"}),
                Arguments.of("row.badValue", new Object[]{"value", "1,2", "vị trí", "where"}),
                Arguments.of("row.badVintage", new Object[]{"vintage", "maybe", "vị trí", "where"}),
                Arguments.of("row.badDate", new Object[]{"published", "6/1/2025", "vị trí", "where"}),
                Arguments.of("row.badBound", new Object[]{"bound", "about", "vị trí", "where"}),
                Arguments.of("row.formulaText", new Object[]{"area", "=HYPERLINK(1)", "vị trí", "where"}),
                Arguments.of("row.cellError", new Object[]{"C31", "#REF!", "vị trí", "where"}),
                Arguments.of("row.notNumber", new Object[]{"C31", "n/a", "vị trí", "where"}),
                Arguments.of("file.noTable", new Object[]{"a.xlsx", "hồ sơ gần nhất", "closest profiles"}),
                Arguments.of("file.encrypted", new Object[]{"a.xlsx"}),
                Arguments.of("file.binary", new Object[]{"a.csv"}),
                Arguments.of("file.utf16", new Object[]{"a.csv"}),
                Arguments.of("file.otherZip", new Object[]{"a.ods", "OpenDocument (.ods)"}),
                Arguments.of("file.tooLarge", new Object[]{"a.csv", 300L, 200L}),
                Arguments.of("row.tooLong", new Object[]{"area", "Hải Phòng…", "vị trí", "where", 250, 200}),
                Arguments.of("file.unclosedQuote", new Object[]{"a.csv", 2L}),
                Arguments.of("file.longRecord", new Object[]{"a.csv", 2L, 1024}),
                Arguments.of("file.tooManyColumns", new Object[]{"a.xlsx", 20000L, "'Data', row 2", 16384}),
                Arguments.of("file.longCell", new Object[]{"a.xlsx", 40000, "'Data', row 2", 32767}),
                Arguments.of("file.sharedStrings", new Object[]{"a.xlsx", 100L, 64L}),
                Arguments.of("file.badContent", new Object[]{"a.csv", "after 3 rows", "EOF"}),
                Arguments.of("file.notRegular", new Object[]{"a.csv", "symbolic link"}),
                Arguments.of("file.cannotRead", new Object[]{"a.csv", "Permission denied"}),
                Arguments.of("file.failedRepeatedly", new Object[]{"a.csv", 3, "database down"}),
                Arguments.of("file.cannotClaim", new Object[]{"a.csv", "Operation not permitted"}),
                Arguments.of("match.title", new Object[]{"Đầu tư nước ngoài"}),
                Arguments.of("match.notTitle", new Object[]{"Tháng"}),
                Arguments.of("match.header", new Object[]{"Số dự án"}),
                Arguments.of("match.column", new Object[]{"Vốn đăng ký"}),
                Arguments.of("match.noData", new Object[]{40}),
                Arguments.of("match.period", new Object[]{"Năm 2024"}),
                Arguments.of("match.unit", new Object[]{"Tỷ đồng", "bn VND"}),
                Arguments.of("match.area", new Object[]{}),
                Arguments.of("reason.header", new Object[]{}),
                Arguments.of("reason.footer", new Object[]{}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void formatsInBothLanguages(String key, Object[] args) {
        Bilingual message = Bilingual.of(key, args);

        assertThat(message.vi()).isNotBlank().doesNotContain("{").isNotEqualTo(message.en());
        assertThat(message.en()).isNotBlank().doesNotContain("{");
    }

    @org.junit.jupiter.api.Test
    void everyKeyOfTheBundlesIsCoveredAndBothLanguagesHaveTheSameKeys() throws IOException {
        Properties vi = load("/i18n/analyst.properties");
        Properties en = load("/i18n/analyst_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        assertThat(messages().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @org.junit.jupiter.api.Test
    void aLocationNamesFileSheetRowAndColumn() {
        Bilingual where = new SourceLocation("ngân sách.xlsx", "Biểu 1 ", 1234, "value").describe();

        assertThat(where.vi()).isEqualTo("tệp ngân sách.xlsx, trang tính \"Biểu 1 \", dòng 1234, cột \"value\"");
        assertThat(where.en()).isEqualTo("file ngân sách.xlsx, sheet \"Biểu 1 \", row 1234, column \"value\"");
        assertThat(new SourceLocation("a.csv", null, 0, null).describe().en()).isEqualTo("file a.csv");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BilingualTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
