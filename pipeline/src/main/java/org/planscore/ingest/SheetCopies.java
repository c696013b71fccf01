package org.planscore.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.planscore.ingest.read.RawRow;
import org.planscore.ingest.text.Tcvn3Text;

/**
 * Sheets of one workbook that hold the same figures as a sheet already read: a copy kept beside the original, such
 * as the Ministry of Finance's habit of a TCVN3 (.VnTime) sheet beside its Unicode twin. Compared on the figures
 * only, cell by cell, over the first rows the reader buffers (title, header and the first data rows): the text of a
 * copy may differ in encoding, its figures and their places do not. A copy is skipped, so each figure is stored once.
 */
final class SheetCopies {

    /** Fewer figures than this in the first rows: too little to call two sheets the same table. */
    static final int MIN_FIGURES = 12;

    private final Map<String, String> readSheets = new HashMap<>();

    /** The sheet read before whose figures these first rows repeat, or null. */
    String originalOf(List<RawRow> first) {
        String figures = figures(first);
        return figures == null ? null : readSheets.get(figures);
    }

    /** Remembers a sheet that was read as a table. */
    void read(String sheet, List<RawRow> first) {
        String figures = figures(first);
        if (figures != null) {
            readSheets.putIfAbsent(figures, sheet);
        }
    }

    /** Whether any text of these rows is in the legacy TCVN3 encoding. */
    static boolean legacyText(List<RawRow> first) {
        return first.stream().flatMap(r -> r.cells().stream()).anyMatch(Tcvn3Text::looksLikeTcvn3);
    }

    private static String figures(List<RawRow> first) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (RawRow r : first) {
            for (int c = 0; c < r.cells().size(); c++) {
                if (r.isNumber(c)) {
                    sb.append(r.row()).append(':').append(c).append('=').append(r.cell(c)).append(';');
                    count++;
                }
            }
        }
        return count < MIN_FIGURES ? null : sb.toString();
    }
}
