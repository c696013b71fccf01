package org.planscore.ingest.map;

import org.planscore.ingest.read.RawRow;

/** Turns a raw row of one table into observations or problems; null when the row holds no figure to keep. */
public interface RowMapper {

    ImportItem map(RawRow row);
}
