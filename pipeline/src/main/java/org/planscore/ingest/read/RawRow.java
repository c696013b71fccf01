package org.planscore.ingest.read;

import java.util.BitSet;
import java.util.List;

/**
 * One data row as read, before any parsing: readers hand these out and skip past them on restart without parsing.
 *
 * @param row     1-based row number in the file (spreadsheet row or CSV record, header = 1)
 * @param cells   cell texts, trimmed of nothing, NFC-normalised; numbers from spreadsheets as stored, not as displayed
 * @param header  the file's header, shared by all its rows (null until a table is recognised)
 * @param numeric the columns whose cell is a spreadsheet number (plain decimal text, not written by a locale)
 */
public record RawRow(int row, List<String> cells, TableHeader header, BitSet numeric) {

    public RawRow(int row, List<String> cells, TableHeader header) {
        this(row, cells, header, new BitSet());
    }

    /** The cell under {@code column}, or "" when the row is shorter than the header. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Whether the cell under {@code column} was stored as a number by a spreadsheet. */
    public boolean isNumber(int column) {
        return numeric.get(column);
    }
}
