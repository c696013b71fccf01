package org.planscore.ingest.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;
import org.planscore.i18n.Bilingual;
import org.planscore.ingest.FileRejectedException;
import org.planscore.ingest.ImportLimits;

/**
 * The rows of one .xlsx sheet, read from its XML as they come: each cell's value as stored (a formula's cached
 * result, an error's code), numbers as their shortest exact text, a number in a date format as its ISO date, text in
 * NFC without its phonetic guide. A cell past the column limit refuses the file before the row is padded to it, and a
 * cell's text past the length limit before more of it is kept.
 */
final class XlsxSheetRows implements SheetRows {

    /** What every sheet of one workbook reads its cells with. */
    record Book(List<String> strings, XlsxDateStyles dates, boolean date1904, String displayName,
                ImportLimits limits) {
    }

    private final Book book;
    private final String name;
    private final XMLStreamReader xml;
    private int lastRow;

    XlsxSheetRows(Book book, String name, XMLStreamReader xml) {
        this.book = book;
        this.name = name;
        this.xml = xml;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RawRow next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    lastRow = XlsxDateStyles.number(xml.getAttributeValue(null, "r"), lastRow + 1);
                    RawRow row = readRow(lastRow);
                    if (row != null) {
                        return row;
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof FileRejectedException rejected) {
                throw rejected;
            }
            throw new FileRejectedException(Bilingual.of("file.unreadable", book.displayName(),
                    "'" + name + "', row " + lastRow + ": " + e.getMessage()), e);
        }
    }

    /** The row's cells up to its last one, blanks between; null when every cell is blank. */
    private RawRow readRow(int row) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        BitSet numeric = new BitSet();
        boolean blank = true;
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                column = column(xml.getAttributeValue(null, "r"), column + 1, row);
                String type = xml.getAttributeValue(null, "t");
                int style = XlsxDateStyles.number(xml.getAttributeValue(null, "s"), 0);
                String text = text(type, style, value(row, column), column, numeric);
                checkLength(text.length(), row, column);
                while (cells.size() < column) {
                    cells.add("");
                }
                if (column < cells.size()) {
                    cells.set(column, text);
                } else {
                    cells.add(text);
                }
                blank &= text.isBlank();
            }
        }
        return blank ? null : new RawRow(row, cells, null, numeric);
    }

    /** The text of the cell's value ({@code <v>}) or inline string ({@code <is>}), up to the cell's end. */
    private String value(int row, int column) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        long length = XlsxSharedStrings.readText(xml, "c", value, book.limits().maxCellChars());
        checkLength(length, row, column);
        return value.toString();
    }

    private String text(String type, int style, String value, int column, BitSet numeric) {
        if (type == null || type.equals("n")) {
            if (value.isBlank()) {
                return "";
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return CellText.of(value);
            }
            numeric.set(column);
            return book.dates().isDate(style) && DateUtil.isValidExcelDate(number)
                    ? DateUtil.getLocalDateTime(number, book.date1904()).toLocalDate().toString()
                    : CellText.of(number);
        }
        return switch (type) {
            case "s" -> value.isBlank() ? ""
                    : CellText.of(book.strings().get(Integer.parseInt(value.strip())));
            case "b" -> value.isBlank() ? "" : Boolean.toString(value.strip().equals("1"));
            case "d" -> {
                numeric.set(column);
                yield value.length() > 10 ? value.substring(0, 10) : value;
            }
            case "inlineStr" -> CellText.of(XlsxSharedStrings.unescaped(value));
            default -> CellText.of(value);   // str (a formula's text), e (an error's code: #REF!)
        };
    }

    /** The column of a reference such as {@code AB12}, or {@code next} without one; past the limit refuses the file. */
    private int column(String reference, int next, int row) {
        long column = 0;
        int letters = 0;
        while (reference != null && letters < reference.length() && isLetter(reference.charAt(letters))
                && column < Integer.MAX_VALUE) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(letters)) - 'A' + 1);
            letters++;
        }
        long index = letters == 0 ? next : column - 1;
        CellLimits.checkColumn(book.limits(), book.displayName(), name, row, index);
        return (int) index;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private void checkLength(long length, int row, int column) {
        CellLimits.checkLength(book.limits(), book.displayName(), name, row, column, length);
    }
}
