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
import org.planscore.ingest.text.NumberStyle;

/**
 * A CSV file as a single sheet, read with Commons CSV: BOM removed, encoding detected (strict UTF-8, else
 * windows-1258), separator and decimal mark judged on the first lines ({@link CsvDelimiter}, {@link DecimalMark}).
 * Row numbers are CSV record numbers.
 */
final class CsvGrid implements Grid {

    private final Path file;
    private final Charset charset;
    private final char delimiter;
    private final NumberStyle numberStyle;
    private CSVParser parser;
    private boolean handedOut;
    /** Excel's "sep=;" line, which names the separator and is no row of the table. */
    private boolean separatorLineAhead;

    CsvGrid(Path file, String displayName, ImportLimits limits) throws IOException {
        this.file = file;
        this.charset = TextEncoding.detect(file);
        List<String> firstLines = firstLines(file, charset, limits.maxLineBytes());
        Character declared = firstLines.isEmpty() ? null : CsvDelimiter.declared(firstLines.get(0));
        List<String> tableLines = declared == null ? firstLines : firstLines.subList(1, firstLines.size());
        this.separatorLineAhead = declared != null;
        this.delimiter = declared != null ? declared : CsvDelimiter.guess(tableLines);
        this.numberStyle = DecimalMark.evident(tableLines, delimiter);
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
                    for (int i = 0; i < record.size(); i++) {
                        String cell = CellText.of(record.get(i));
                        blank &= cell.isBlank();
                        cells.add(cell);
                    }
                    if (!blank && separatorLineAhead) {
                        separatorLineAhead = false;
                    } else if (!blank) {
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
    public NumberStyle numberStyle() {
        return numberStyle;
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

    /**
     * The lines the separator and decimal mark are judged on, each ended as {@link BufferedReader#readLine} ends it.
     * Bounded before the memory is taken: a line of more than {@code maxChars} characters (so more than as many
     * bytes) ends the sample; {@link CsvRecordScan} then refuses the file, naming that line.
     */
    private static List<String> firstLines(Path file, Charset charset, int maxChars) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        try (Reader reader = open(file, charset)) {
            int c = reader.read();
            while (c >= 0 && lines.size() < CsvDelimiter.LINES) {
                if (c != '\n' && c != '\r') {
                    if (line.length() == maxChars) {
                        return lines;
                    }
                    line.append((char) c);
                    c = reader.read();
                    continue;
                }
                addUnlessBlank(lines, line);
                int next = reader.read();
                c = c == '\r' && next == '\n' ? reader.read() : next;
            }
        }
        addUnlessBlank(lines, line);
        return lines;
    }

    private static void addUnlessBlank(List<String> lines, StringBuilder line) {
        String text = line.toString();
        line.setLength(0);
        if (!text.isBlank() && lines.size() < CsvDelimiter.LINES) {
            lines.add(text);
        }
    }
}
