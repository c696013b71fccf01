package org.planscore.ingest;

import org.planscore.ingest.map.RowMapper;
import org.planscore.ingest.read.RawRow;

/**
 * What the import's reader hands out: a raw row, unparsed, and the mapper of the table it belongs to (chosen once per
 * table from its title and header). The processor does the parsing, so a restart skips rows without parsing them.
 */
public record SourceRow(RawRow raw, RowMapper mapper) {
}
