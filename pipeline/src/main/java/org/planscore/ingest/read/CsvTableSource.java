package org.planscore.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** A CSV file read with Commons CSV: BOM removed, encoding detected, delimiter guessed among {@code , ; TAB |}. */
final class CsvTableSource implements TableSource {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final TableHeader header;

    CsvTableSource(Path file, String displayName) throws IOException {
        Charset charset = TextEncoding.detect(file);
        char delimiter = guessDelimiter(file, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        this.parser = CSVParser.builder().setReader(open(file, charset)).setFormat(format).get();
        this.records = parser.iterator();
        CSVRecord first = nextNonBlank();
        this.header = first == null ? null
                : new TableHeader(displayName, null, (int) first.getRecordNumber(), cells(first));
    }

    @Override
    public TableHeader header() {
        return header;
    }

    @Override
    public RawRow next() {
        CSVRecord record = nextNonBlank();
        return record == null ? null : new RawRow((int) record.getRecordNumber(), cells(record), header);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private CSVRecord nextNonBlank() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (!isBlank(record)) {
                return record;
            }
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!CellText.of(value).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(CellText.of(value));
        }
        return cells;
    }

    private static Reader open(Path file, Charset charset) throws IOException {
        BOMInputStream withoutBom = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        return new BufferedReader(new InputStreamReader(withoutBom, charset), 64 * 1024);
    }

    /** The candidate that occurs most often, outside quotes, in the first line. */
    private static char guessDelimiter(Path file, Charset charset) throws IOException {
        String firstLine;
        try (BufferedReader reader = new BufferedReader(open(file, charset))) {
            firstLine = reader.readLine();
        }
        if (firstLine == null) {
            return ',';
        }
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = countOutsideQuotes(firstLine, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char candidate) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }
}
