package org.planscore.cli.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.planscore.scoring.YearValue;

/** The {@code series} column of SCORING.md §4: {@code year:value} pairs joined by {@code ;}, {@code NA} for missing. */
final class SeriesText {
    static final String COLUMN = "series";
    private static final String MISSING = "NA";

    private SeriesText() {
    }

    /** The annual values, missing ones left out. An empty column is a series without values. */
    static List<YearValue> parse(String text, long line) throws MalformedCase {
        List<YearValue> points = new ArrayList<>();
        if (text.isBlank()) {
            return points;
        }
        Set<Integer> years = new HashSet<>();
        for (String rawPair : text.split(";", -1)) {
            String pair = rawPair.trim();
            int colon = pair.indexOf(':');
            if (colon < 0 || colon != pair.lastIndexOf(':')) {
                throw new MalformedCase(line, COLUMN, pair, "is not a year:value pair");
            }
            Integer year = CaseNumbers.integer(pair.substring(0, colon).trim());
            if (year == null) {
                throw new MalformedCase(line, COLUMN, pair, "does not start with a year");
            }
            if (!years.add(year)) {
                throw new MalformedCase(line, COLUMN, pair, "repeats the year " + year);
            }
            String valueText = pair.substring(colon + 1).trim();
            if (valueText.equalsIgnoreCase(MISSING)) {
                continue;
            }
            Double value = CaseNumbers.decimal(valueText);
            if (value == null) {
                throw new MalformedCase(line, COLUMN, pair, "has a value that is neither a number nor NA");
            }
            points.add(new YearValue(year, value));
        }
        return points;
    }
}
