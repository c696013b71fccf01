package org.planscore.ingest.read;

import org.apache.poi.ss.util.CellAddress;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * The limits a workbook's cell is held to, whichever reader meets it: a column beyond the limit (a reference such as
 * ZZZZZZ2 would pad its row to ~3×10⁸ cells) and an over-long text refuse the file, naming the sheet and the row or
 * cell, before the memory is taken.
 */
final class CellLimits {

    private CellLimits() {
    }

    /** @param row 1-based; @param column 0-based, as far as it was read */
    static void checkColumn(ImportLimits limits, String file, String sheet, int row, long column) {
        if (column < 0 || column >= limits.maxColumns()) {
            throw new FileRejectedException(Bilingual.of("file.tooManyColumns", file, column + 1,
                    "'" + sheet + "', row " + row + " / dòng " + row, limits.maxColumns()));
        }
    }

    /** @param row 1-based; @param column 0-based */
    static void checkLength(ImportLimits limits, String file, String sheet, int row, int column, long length) {
        if (length > limits.maxCellChars()) {
            String at = new CellAddress(row - 1, column).formatAsString();
            throw new FileRejectedException(Bilingual.of("file.longCell", file, length,
                    "'" + sheet + "', cell " + at + " / ô " + at, limits.maxCellChars()));
        }
    }
}
