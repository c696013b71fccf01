package org.planscore.ingest.read;

import java.util.List;
import java.util.Locale;

/**
 * The header row of a table: column names as written, and where the table sits (file and sheet) for messages.
 *
 * @param file  file name as dropped in the inbox
 * @param sheet sheet name, or null for CSV
 * @param row   1-based row of the header
 * @param names column names, trimmed
 */
public record TableHeader(String file, String sheet, int row, List<String> names) {

    public TableHeader {
        names = names.stream().map(String::trim).toList();
    }

    /** Index of the column named {@code name} (case-insensitive), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
