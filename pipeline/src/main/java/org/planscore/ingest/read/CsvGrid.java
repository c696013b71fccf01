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
import org.planscore.ingest.ImportLimits;

/**
 * A CSV file as a single sheet, read with Commons CSV: BOM removed, encoding detected (strict UTF-8, else
 * windows-1258), delimiter guessed among {@code , ; TAB |} on the first lines. Row numbers are CSV record numbers.
 */
final class CsvGrid implements Grid {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private CSVParser parser;
    private boolean handedOut;

    CsvGrid(Path file, String displayName, ImportLimits limits) throws IOException {
        this.file = file;
        this.charset = TextEncoding.detect(file);
        this.delimiter = guessDelimiter(file, charset);
        CsvRecordScan.check(file, displayName, delimiter, limits);
    }

    @Override
    public SheetRows nextSheet() throws IOException {
        if (handedOut) {
            return null;
        }
        handedOut = true;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        parser = CSVParser.builder().setReader(open(file, charset)).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        return new SheetRows() {
            @Override
            public String name() {
                return null;
            }

            @Override
            public RawRow next() {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    List<String> cells = new ArrayList<>(record.size());
                    boolean blank = true;
                    for (String value : record) {
                        String cell = CellText.of(value);
                        blank &= cell.isBlank();
                        cells.add(cell);
                    }
                    if (!blank) {
                        return new RawRow((int) record.getRecordNumber(), cells, null);
                    }
                }
                return null;
            }
        };
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }

    private static Reader open(Path file, Charset charset) throws IOException {
        BOMInputStream withoutBom = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        return new BufferedReader(new InputStreamReader(withoutBom, charset), 64 * 1024);
    }

    /** The candidate that occurs most often, outside quotes, in the first lines that hold any (titles come first). */
    private static char guessDelimiter(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = new BufferedReader(open(file, charset))) {
            for (int i = 0; i < 10; i++) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                char best = 0;
                int bestCount = 0;
                for (char candidate : DELIMITERS) {
                    int count = countOutsideQuotes(line, candidate);
                    if (count > bestCount) {
                        best = candidate;
                        bestCount = count;
                    }
                }
                if (bestCount > 0) {
                    return best;
                }
            }
        }
        return ',';
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
