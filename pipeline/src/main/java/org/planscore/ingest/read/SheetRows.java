package org.planscore.ingest.read;

import java.io.IOException;

/** The rows of one sheet (or of a whole CSV file), in file order, blank rows passed over; headers not yet known. */
public interface SheetRows {

    /** The sheet's name, or null for a CSV file. */
    String name();

    /** The next non-blank row (its {@code header} is null), or null at the end of the sheet. */
    RawRow next() throws IOException;
}
