package org.planscore.ingest;

import org.planscore.i18n.Bilingual;

/**
 * Where a value sits in an input file, so an analyst can find it: file, sheet (spreadsheets only), row and column.
 *
 * @param file   the file name as dropped in the inbox
 * @param sheet  the sheet name, or null for CSV
 * @param row    1-based row (the spreadsheet row, or the CSV record number counting the header as 1), 0 if unknown
 * @param column the column header or letter, or null for the whole row
 */
public record SourceLocation(String file, String sheet, int row, String column) {

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, 0, null);
    }

    public SourceLocation atColumn(String columnName) {
        return new SourceLocation(file, sheet, row, columnName);
    }

    /** The location in both languages, e.g. "tệp a.xlsx, trang 'Data', dòng 12, cột 'value'". */
    public Bilingual describe() {
        String sheetPart = sheet == null ? "" : sheet;
        String columnPart = column == null ? "" : column;
        // The row goes in as text too: a number format nested in a choice format does not parse.
        return Bilingual.of("location", file, sheet == null ? 0 : 1, sheetPart, row, columnPart.isEmpty() ? 0 : 1,
                columnPart, Integer.toString(row));
    }

    /** A compact machine form for CSV error listings: {@code sheet!row:column}. */
    public String compact() {
        return (sheet == null ? "" : sheet + "!") + row + (column == null ? "" : ":" + column);
    }
}
