package org.planscore.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Java output for {@code progress/cases.csv} matches the output of the peer's algorithm
 * ({@code progress/cases.expected.csv}, see the README next to it) to 1e-9.
 */
class CasesFixtureTest {
    private static final double TOLERANCE = 1e-9;
    private static final Set<String> NUMBER_COLUMNS =
            Set.of("base_value", "current_value", "progress_value", "score");

    @Test
    void javaOutputMatchesThePeerAlgorithm() throws IOException {
        StringWriter actualCsv = new StringWriter();
        StringWriter diagnostics = new StringWriter();
        try (Reader in = resource("cases.csv")) {
            assertEquals(ProgressCases.EXIT_OK,
                    new ProgressCases(new PrintWriter(diagnostics)).run(in, actualCsv), diagnostics::toString);
        }
        List<CSVRecord> actual = parse(new StringReader(actualCsv.toString()));
        List<CSVRecord> expected;
        try (Reader in = resource("cases.expected.csv")) {
            expected = parse(in);
        }
        assertEquals(expected.size(), actual.size(), "row count");
        for (int i = 0; i < expected.size(); i++) {
            for (String column : CaseResult.COLUMNS) {
                assertCell(expected.get(i), actual.get(i), column);
            }
        }
    }

    @Test
    void theCommittedOracleStillWritesTheExpectedFile() throws Exception {
        Path script = Path.of(CasesFixtureTest.class.getResource("/progress/oracle.py").toURI());
        Process python;
        try {
            python = new ProcessBuilder("python3", script.toString(), "--stdout").redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not on the PATH: " + noPython.getMessage());
            return;
        }
        String written = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), written);
        assertEquals(Files.readString(script.resolveSibling("cases.expected.csv"), StandardCharsets.UTF_8), written);
    }

    private static void assertCell(CSVRecord expected, CSVRecord actual, String column) {
        String where = expected.get("id") + " / " + column;
        String e = expected.get(column);
        String a = actual.get(column);
        if (!NUMBER_COLUMNS.contains(column) || e.isEmpty() || a.isEmpty()) {
            assertEquals(e, a, where);
            return;
        }
        double ev = Double.parseDouble(e);
        assertEquals(ev, Double.parseDouble(a), TOLERANCE * Math.max(1, Math.abs(ev)), where);
    }

    private static Reader resource(String name) {
        InputStream stream = CasesFixtureTest.class.getResourceAsStream("/progress/" + name);
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            return parser.getRecords();
        }
    }
}
