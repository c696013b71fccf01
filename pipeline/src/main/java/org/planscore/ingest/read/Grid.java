package org.planscore.ingest.read;

import java.io.Closeable;
import java.io.IOException;

import org.planscore.ingest.text.NumberStyle;

/** An input file as sheets of raw rows: a workbook's sheets in order, or a CSV file as a single sheet. */
public interface Grid extends Closeable {

    /** The next sheet, or null when there is none; the previous sheet's rows are no longer readable. */
    SheetRows nextSheet() throws IOException;

    /** True for CSV text, whose numbers are written by the source's locale; false for a spreadsheet. */
    boolean isText();

    /** How this file's text writes decimals, when its figures show it (CSV only); null to follow the source's. */
    default NumberStyle numberStyle() {
        return null;
    }
}
