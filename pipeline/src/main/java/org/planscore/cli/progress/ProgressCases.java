package org.planscore.cli.progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.planscore.scoring.ProgressMeasure;

/**
 * The {@code progress --cases} command (SCORING.md §4): reads a cases CSV, scores every row with
 * {@link ProgressMeasure} and writes one output row per input row. A malformed row becomes a row with status
 * {@code error} and a message naming its line, column and text; the other rows are still scored.
 *
 * <p>Exit statuses: {@link #EXIT_OK} when every row was processed (even if some are errors),
 * {@link #EXIT_OUTPUT_FAILED} when the output could not be written, {@link #EXIT_INPUT_UNUSABLE} when the input file
 * itself cannot be used (unreadable, not CSV, header columns missing); then nothing is written and the diagnostics
 * name the file.
 */
public final class ProgressCases {
    public static final int EXIT_OK = 0;
    public static final int EXIT_OUTPUT_FAILED = 1;
    public static final int EXIT_INPUT_UNUSABLE = 2;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat INPUT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setTrim(true)
            // Blank lines are kept as records (and skipped below) so that line numbers stay exact.
            .setIgnoreEmptyLines(false)
            .get();
    private static final CSVFormat OUTPUT = CSVFormat.DEFAULT.builder()
            .setHeader(CaseResult.COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private final PrintWriter diagnostics;

    /** @param diagnostics where to say why an input file is unusable (typically standard error) */
    public ProgressCases(PrintWriter diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reads {@code in} as UTF-8 and writes {@code out} as UTF-8; {@code out} is only created when {@code in} is usable. */
    public int run(Path in, Path out) {
        List<CaseResult> results;
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            results = score(reader, in.toString());
        } catch (InputUnusable e) {
            return reportUnusable(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return reportUnusable(in + ": cannot be read as UTF-8 CSV: " + e.getMessage());
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(results, writer, out.toString());
        } catch (IOException e) {
            return reportOutputFailure(out + ": " + e.getMessage());
        }
    }

    /** As {@link #run(Path, Path)} for already opened streams; diagnostics call the input "input". */
    public int run(Reader in, Writer out) {
        List<CaseResult> results;
        try {
            results = score(in, "input");
        } catch (InputUnusable e) {
            return reportUnusable(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return reportUnusable("input: cannot be read as CSV: " + e.getMessage());
        }
        return write(results, out, "output");
    }

    private List<CaseResult> score(Reader in, String inputName) throws IOException, InputUnusable {
        try {
            // Not closed here: the reader belongs to the caller.
            CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(INPUT).get();
            List<String> header = parser.getHeaderNames();
            requireColumns(header, inputName);
            List<CaseResult> results = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (isBlankLine(record)) {
                    continue;
                }
                results.add(scoreRow(record, header.size(), line));
            }
            return results;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a bad header (e.g. a duplicate column name) this way.
            throw new InputUnusable(inputName + ": " + e.getMessage());
        }
    }

    private static CaseResult scoreRow(CSVRecord record, int headerSize, long line) {
        String id = record.isSet("id") ? record.get("id") : "";
        try {
            CaseRow row = CaseRow.read(record, headerSize, line);
            return CaseResult.scored(row.id(), ProgressMeasure.assess(row.spec()));
        } catch (MalformedCase e) {
            return CaseResult.error(id, e.getMessage());
        } catch (IllegalArgumentException e) {
            // The measure refuses a spec the row parser let through; still an error of this row only.
            return CaseResult.error(id, "line " + line + ": " + e.getMessage());
        }
    }

    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static void requireColumns(List<String> header, String inputName) throws InputUnusable {
        List<String> missing = CaseRow.COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputUnusable(inputName + ": the header lacks the column(s) " + String.join(",", missing)
                    + "; expected " + String.join(",", CaseRow.COLUMNS));
        }
    }

    /** Spreadsheet programs often save UTF-8 CSV with a byte order mark, which would stick to the first column name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private int write(List<CaseResult> results, Writer out, String outputName) {
        try {
            CSVPrinter printer = new CSVPrinter(out, OUTPUT);
            for (CaseResult result : results) {
                printer.printRecord(result.cells());
            }
            printer.flush();
            return EXIT_OK;
        } catch (IOException e) {
            return reportOutputFailure(outputName + ": " + e.getMessage());
        }
    }

    private int reportUnusable(String message) {
        diagnostics.println("progress --cases: " + message);
        diagnostics.flush();
        return EXIT_INPUT_UNUSABLE;
    }

    private int reportOutputFailure(String message) {
        diagnostics.println("progress --cases: cannot write " + message);
        diagnostics.flush();
        return EXIT_OUTPUT_FAILED;
    }

    /** The input file as a whole cannot be used; the message names it. */
    private static final class InputUnusable extends Exception {
        private static final long serialVersionUID = 1L;

        InputUnusable(String message) {
            super(message);
        }
    }
}
