package org.planscore.ingest.read;

import java.io.Closeable;
import java.io.IOException;

/** A table in an input file, read one raw row at a time, in file order. */
public interface TableSource extends Closeable {

    TableHeader header();

    /** The next data row, or null at the end. Blank rows are passed over. */
    RawRow next() throws IOException;
}
