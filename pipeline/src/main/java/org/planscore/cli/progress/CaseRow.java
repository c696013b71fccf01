package org.planscore.cli.progress;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.planscore.scoring.Direction;
import org.planscore.scoring.SeriesSpec;
import org.planscore.scoring.YearValue;

/** One input row of a cases file (SCORING.md §4) read into a {@link SeriesSpec}. */
record CaseRow(String id, SeriesSpec spec) {
    static final List<String> COLUMNS =
            List.of("id", "series", "base_year", "target_year", "target", "direction", "limit");

    /** Reads the row, or says what is wrong with it and where. */
    static CaseRow read(CSVRecord record, int headerSize, long line) throws MalformedCase {
        if (record.size() != headerSize) {
            throw new MalformedCase(line, "has " + record.size() + " fields, the header has " + headerSize);
        }
        String id = record.get("id");
        if (id.isBlank()) {
            throw new MalformedCase(line, "id", id, "is empty; every case needs an id");
        }
        List<YearValue> points = SeriesText.parse(record.get(SeriesText.COLUMN), line);
        int baseYear = requiredYear(record, "base_year", line);
        Integer targetYear = optionalYear(record, "target_year", line);
        Double target = optionalNumber(record, "target", line);
        Direction direction = direction(record, line);
        Double limit = optionalNumber(record, "limit", line);
        if (target != null && targetYear == null) {
            throw new MalformedCase(line, "target_year", "", "is empty but the row has a target");
        }
        return new CaseRow(id, new SeriesSpec(points, baseYear, targetYear, target, direction, limit));
    }

    private static int requiredYear(CSVRecord record, String column, long line) throws MalformedCase {
        Integer year = optionalYear(record, column, line);
        if (year == null) {
            throw new MalformedCase(line, column, "", "is empty; a base year is required");
        }
        return year;
    }

    private static Integer optionalYear(CSVRecord record, String column, long line) throws MalformedCase {
        String text = record.get(column);
        if (text.isEmpty()) {
            return null;
        }
        Integer year = CaseNumbers.integer(text);
        if (year == null) {
            throw new MalformedCase(line, column, text, "is not a year");
        }
        return year;
    }

    private static Double optionalNumber(CSVRecord record, String column, long line) throws MalformedCase {
        String text = record.get(column);
        if (text.isEmpty()) {
            return null;
        }
        Double number = CaseNumbers.decimal(text);
        if (number == null) {
            throw new MalformedCase(line, column, text, "is not a number");
        }
        return number;
    }

    private static Direction direction(CSVRecord record, long line) throws MalformedCase {
        String text = record.get("direction");
        try {
            return Direction.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedCase(line, "direction", text, "is not 'increase' or 'decrease'");
        }
    }
}
