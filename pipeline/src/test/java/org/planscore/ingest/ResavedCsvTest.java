package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planscore.ingest.read.TextEncoding;

/**
 * A CSV file opened and saved again by a person gives the same figures: every real and constructed CSV and the tidy
 * samples, re-saved as Excel does on Vietnamese Windows (";" between fields, decimal commas, quotes only where
 * needed, UTF-8 with BOM, or with Excel's "sep=;" first line), as tab-separated text, or as an .xlsx workbook
 * (numbers and years as numeric cells), is read to exactly the figures of the original.
 */
class ResavedCsvTest {

    /** A figure written with a decimal point: the part that Vietnamese Excel writes with a comma. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    /** As Excel on Vietnamese Windows saves CSV: ";" between fields, quotes only where needed. */
    private static final CSVFormat VIETNAMESE_EXCEL = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();
    /** What Excel turns into a number when it opens a CSV: plain decimals, years included. */
    private static final Pattern EXCEL_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    @TempDir
    static Path copies;

    static Stream<Arguments> csvFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String folder : List.of("real", "constructed")) {
            try (Stream<Path> list = Files.list(Ingested.resource(folder + "/README.md").getParent())) {
                list.map(p -> folder + "/" + p.getFileName()).filter(n -> n.endsWith(".csv")).sorted()
                        .forEach(name -> {
                            files.add(Arguments.of(name, "vietnamese-excel"));
                            files.add(Arguments.of(name, "tab-separated"));
                            files.add(Arguments.of(name, "excel-workbook"));
                            files.add(Arguments.of(name, "separator-line"));
                        });
            }
        }
        // the tidy format, as an analyst keeps it: the packaged samples
        files.add(Arguments.of("samples/haiphong-facts.csv", "vietnamese-excel"));
        files.add(Arguments.of("samples/haiphong-facts.csv", "tab-separated"));
        files.add(Arguments.of("samples/haiphong-facts.csv", "excel-workbook"));
        files.add(Arguments.of("samples/haiphong-facts.csv", "separator-line"));
        return files.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("csvFiles")
    void aCsvFileSavedAgainGivesTheSameFigures(String name, String saving) throws IOException {
        // given a CSV file and a copy saved again
        Path original = Ingested.resource(name);
        String fileName = original.getFileName().toString();
        Path copy = copies.resolve(saving + "-"
                + (saving.equals("excel-workbook") ? fileName.replaceFirst("\\.csv$", ".xlsx") : fileName));
        Files.write(copy, switch (saving) {
            case "vietnamese-excel" -> vietnameseExcel(original);
            case "tab-separated" -> tabSeparated(original);
            case "separator-line" -> separatorLine(original);
            default -> workbook(original);
        });

        // when both are read
        List<String> expected = Ingested.read(original).figuresWithoutPlace();
        List<String> actual = Ingested.read(copy).figuresWithoutPlace();

        // then they give the same figures
        assertThat(expected).as("figures of the original").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static byte[] vietnameseExcel(Path original) throws IOException {
        return ("\uFEFF" + write(records(original), VIETNAMESE_EXCEL, true)).getBytes(StandardCharsets.UTF_8);
    }

    /** Excel's "sep=;" first line, then the rows with ";" and decimal commas (no BOM: Excel reads one or the other). */
    private static byte[] separatorLine(Path original) throws IOException {
        return ("sep=;\r\n" + write(records(original), VIETNAMESE_EXCEL, true)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tabSeparated(Path original) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\n").get();
        return write(records(original), format, false).getBytes(StandardCharsets.UTF_8);
    }

    /** As Excel saves a CSV it opened: one sheet, and every field that reads as a number stored as a number. */
    private static byte[] workbook(Path original) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<List<String>> records = records(original);
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    String field = records.get(r).get(c);
                    if (field.isEmpty()) {
                        continue;
                    }
                    if (EXCEL_NUMBER.matcher(field).matches()) {
                        row.createCell(c).setCellValue(Double.parseDouble(field));
                    } else {
                        row.createCell(c).setCellValue(field);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String write(List<List<String>> records, CSVFormat format, boolean decimalCommas)
            throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> record : records) {
                printer.printRecord(record.stream()
                        .map(field -> decimalCommas && DECIMAL_POINT.matcher(field).matches()
                                ? field.replace('.', ',') : field));
            }
        }
        return out.toString();
    }

    /** The original's records, decoded as the import decodes it (BOM and the trailing NUL of PX-Web left out). */
    private static List<List<String>> records(Path original) throws IOException {
        Charset charset = TextEncoding.detect(original);
        String text = new String(Files.readAllBytes(original), charset).replace("\uFEFF", "").replace("\u0000", "");
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
                records.add(record.toList());
            }
        }
        return records;
    }
}
