package org.planscore.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SCORING.md §4 {@code progress --cases}: format, error rows, unusable input. */
class ProgressCasesTest {
    private static final String HEADER = "id,series,base_year,target_year,target,direction,limit\n";
    private static final String OUTPUT_HEADER =
            "id,base_year_used,base_value,current_year,current_value,progress_value,status,score,message";

    private final StringWriter diagnostics = new StringWriter();
    private final ProgressCases cases = new ProgressCases(new PrintWriter(diagnostics));

    /** Runs the command and returns the output rows, each joined back with "," after CSV parsing (quotes gone). */
    private List<String> run(String input, int expectedExit) {
        StringWriter out = new StringWriter();
        assertEquals(expectedExit, cases.run(new StringReader(input), out), diagnostics::toString);
        try (CSVParser parser = CSVParser.parse(out.toString(), CSVFormat.DEFAULT)) {
            return parser.stream().map(r -> String.join(",", r.toList())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void scoresRowsWithFullPrecision() {
        List<String> out = run(HEADER
                + "m2,2015:60;2022:70,2015,2030,90,increase,\n"
                + "m1,2015:100;2018:NA;2020:110,2015,,,increase,\n", ProgressCases.EXIT_OK);
        assertEquals(OUTPUT_HEADER, out.get(0));
        // P = 0.8126301556490789, score 7.1429·P − 4.2857 (see ProgressMeasureTest.methodTwo)
        assertTrue(out.get(1).startsWith("m2,2015,60.0,2022,70.0,0.81263015564907"), out.get(1));
        assertTrue(out.get(1).contains(",moderate_progress,1.51883593878"), out.get(1));
        assertTrue(out.get(1).endsWith(","), "empty message: " + out.get(1));
        // P = 1.1^(1/5) − 1 = 0.019244876491456564, written with Double.toString
        assertEquals("m1,2015,100.0,2020,110.0,0.019244876491456564,substantial_progress,4.622438245728283,",
                out.get(2));
    }

    @Test
    void notAvailableLeavesNumbersEmpty() {
        List<String> out = run(HEADER + "na,2015:5;2018:6,2020,,,increase,\n", ProgressCases.EXIT_OK);
        assertEquals("na,,,2018,6.0,,not_available,,", out.get(1));
    }

    @Test
    void malformedRowsBecomeErrorsAndTheOthersAreStillScored() {
        List<String> out = run(HEADER
                + "ok1,2015:1;2020:2,2015,,,increase,\n"
                + "pair,2015:1;2019-12.1,2015,,,increase,\n"
                + "dir,2015:1;2020:2,2015,,,up,\n"
                + "\n"
                + "tgt,2015:1;2020:2,2015,2030,ninety,increase,\n"
                + "base,2015:1;2020:2,,,,increase,\n"
                + "val,2015:abc;2020:2,2015,,,increase,\n"
                + "dup,2015:1;2015:2,2015,,,increase,\n"
                + "ty,2015:1;2020:2,2015,,5,increase,\n"
                + "short,2015:1,2015\n"
                + "ok2,2015:2;2020:1,2015,,,decrease,\n", ProgressCases.EXIT_OK);
        assertEquals(11, out.size());
        assertTrue(out.get(1).startsWith("ok1,2015,1.0,2020,2.0,"), out.get(1));
        assertError(out.get(2), "pair", "line 3, column series: '2019-12.1' is not a year:value pair");
        assertError(out.get(3), "dir", "line 4, column direction: 'up' is not 'increase' or 'decrease'");
        // line 5 is blank and skipped, so the next row is on line 6
        assertError(out.get(4), "tgt", "line 6, column target: 'ninety' is not a number");
        assertError(out.get(5), "base", "line 7, column base_year: '' is empty; a base year is required");
        assertError(out.get(6), "val", "line 8, column series: '2015:abc' has a value that is neither a number nor NA");
        assertError(out.get(7), "dup", "line 9, column series: '2015:2' repeats the year 2015");
        assertError(out.get(8), "ty", "line 10, column target_year: '' is empty but the row has a target");
        assertError(out.get(9), "short", "line 11: has 3 fields, the header has 7");
        assertTrue(out.get(10).startsWith("ok2,2015,2.0,2020,1.0,"), out.get(10));
        assertTrue(out.get(10).contains("substantial_progress"), out.get(10));
    }

    private static void assertError(String row, String id, String message) {
        assertEquals(id + ",,,,,,error,," + message, row);
    }

    @Test
    void quotedFieldsAndMultiLineRowsKeepLineNumbers() {
        List<String> out = run(HEADER
                + "\"a,b\",\"2015:1;\n2020:2\",2015,,,increase,\n"
                + "bad,2015:1;2020:2,2015,,,sideways,\n", ProgressCases.EXIT_OK);
        assertTrue(out.get(1).startsWith("a,b,2015,1.0,2020,2.0,"), out.get(1));
        assertError(out.get(2), "bad", "line 4, column direction: 'sideways' is not 'increase' or 'decrease'");
    }

    @Test
    void byteOrderMarkIsStripped() {
        List<String> out = run("\uFEFF" + HEADER + "x,2015:1;2020:2,2015,,,increase,\n", ProgressCases.EXIT_OK);
        assertTrue(out.get(1).startsWith("x,2015,"), out.get(1));
    }

    @Test
    void missingHeaderColumnsMakeTheInputUnusable() {
        List<String> out = run("id,series,base_year,direction\nx,2015:1,2015,increase\n",
                ProgressCases.EXIT_INPUT_UNUSABLE);
        assertTrue(out.isEmpty(), "nothing written");
        assertTrue(diagnostics.toString().contains("input: the header lacks the column(s) target_year,target,limit"),
                diagnostics.toString());
    }

    @Test
    void duplicateHeaderColumnMakesTheInputUnusable() {
        run("id,series,series,base_year,target_year,target,direction,limit\n", ProgressCases.EXIT_INPUT_UNUSABLE);
        assertTrue(diagnostics.toString().startsWith("progress --cases: input: "), diagnostics.toString());
    }

    @Test
    void emptyInputIsUnusable() {
        run("", ProgressCases.EXIT_INPUT_UNUSABLE);
        assertTrue(diagnostics.toString().contains("lacks the column(s) id,series"), diagnostics.toString());
    }

    @Test
    void unterminatedQuoteIsUnusable() {
        run(HEADER + "x,\"2015:1;2020:2,2015,,,increase,\n", ProgressCases.EXIT_INPUT_UNUSABLE);
        assertTrue(diagnostics.toString().contains("input: cannot be read as CSV"), diagnostics.toString());
    }

    @Test
    void pathRunNamesTheFileAndDoesNotCreateOutputWhenUnusable(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("cases.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, "id,series\n", StandardCharsets.UTF_8);
        assertEquals(ProgressCases.EXIT_INPUT_UNUSABLE, cases.run(in, out));
        assertTrue(diagnostics.toString().contains(in.toString()), diagnostics.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void pathRunReadsAndWritesUtf8(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("cases.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, "\uFEFF" + HEADER + "Tỷ lệ hộ nghèo,2015:5;2020:3,2015,2025,1,decrease,\n",
                StandardCharsets.UTF_8);
        assertEquals(ProgressCases.EXIT_OK, cases.run(in, out));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(OUTPUT_HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("Tỷ lệ hộ nghèo,2015,5.0,2020,3.0,"), lines.get(1));
    }

    @Test
    void unreadableInputIsUnusable(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertEquals(ProgressCases.EXIT_INPUT_UNUSABLE, cases.run(missing, dir.resolve("out.csv")));
        assertTrue(diagnostics.toString().contains(missing.toString()), diagnostics.toString());
    }
}
