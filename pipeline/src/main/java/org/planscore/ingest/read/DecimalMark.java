package org.planscore.ingest.read;

import java.util.List;
import java.util.regex.Pattern;

import org.planscore.ingest.text.NumberStyle;

/**
 * How a CSV file writes its decimals, when its own figures show it: "104,42" or "1.234,5" can only be decimal commas,
 * "104.42" or "1,234.5" only decimal points. The same export re-saved by Excel on Vietnamese Windows turns "104.42"
 * into "104,42"; read with the publisher's decimal point, it would be 10442 — a figure a hundred times too large,
 * with nothing to say so. A file that shows both marks, or neither (whole numbers), shows nothing.
 */
final class DecimalMark {

    private static final Pattern COMMA = Pattern.compile("-?(\\d+,(\\d{1,2}|\\d{4,})|\\d{1,3}(\\.\\d{3})+,\\d+)%?");
    private static final Pattern POINT = Pattern.compile("-?(\\d+\\.(\\d{1,2}|\\d{4,})|\\d{1,3}(,\\d{3})+\\.\\d+)%?");

    private DecimalMark() {
    }

    /** VN for decimal commas, EN for decimal points, null when the lines do not tell. */
    static NumberStyle evident(List<String> lines, char delimiter) {
        int commas = 0;
        int points = 0;
        for (String line : lines) {
            for (String field : CsvDelimiter.split(line, delimiter)) {
                String figure = field.replace("\"", "").strip();
                if (COMMA.matcher(figure).matches()) {
                    commas++;
                } else if (POINT.matcher(figure).matches()) {
                    points++;
                }
            }
        }
        if (commas > 0 && points == 0) {
            return NumberStyle.VN;
        }
        return points > 0 && commas == 0 ? NumberStyle.EN : null;
    }
}
