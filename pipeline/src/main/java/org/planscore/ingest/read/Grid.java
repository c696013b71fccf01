package org.planscore.ingest.read;

import java.io.Closeable;
import java.io.IOException;

/** An input file as sheets of raw rows: a workbook's sheets in order, or a CSV file as a single sheet. */
public interface Grid extends Closeable {

    /** The next sheet, or null when there is none; the previous sheet's rows are no longer readable. */
    SheetRows nextSheet() throws IOException;

    /** True for CSV text, whose numbers are written by the source's locale; false for a spreadsheet. */
    boolean isText();
}
