package org.planscore.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table in a workbook (.xlsx streamed, or .xls): the first sheet whose first rows hold a header that the caller
 * recognises, then that sheet's rows. Sheets are scanned in order, so a streamed workbook is read once.
 */
final class WorkbookTableSource implements TableSource {

    /** How far down a sheet a header may sit (titles and notes often come first). */
    private static final int HEADER_SEARCH_ROWS = 30;

    private final Workbook workbook;
    private final TableHeader header;
    private Iterator<Row> rows;

    WorkbookTableSource(Workbook workbook, String displayName, Predicate<List<String>> isHeader) {
        this.workbook = workbook;
        TableHeader found = null;
        for (Sheet sheet : workbook) {
            Iterator<Row> sheetRows = sheet.iterator();
            for (int scanned = 0; scanned < HEADER_SEARCH_ROWS && sheetRows.hasNext(); scanned++) {
                Row row = sheetRows.next();
                List<String> cells = cells(row);
                if (isHeader.test(cells)) {
                    found = new TableHeader(displayName, sheet.getSheetName(), row.getRowNum() + 1, cells);
                    this.rows = sheetRows;
                    break;
                }
            }
            if (found != null) {
                break;
            }
        }
        this.header = found;
    }

    @Override
    public TableHeader header() {
        return header;
    }

    @Override
    public RawRow next() {
        while (rows != null && rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = cells(row);
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                return new RawRow(row.getRowNum() + 1, cells, header);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(text(cell, cell.getCellType()));
        }
        return cells;
    }

    /** The value as stored; a formula gives its cached result, an error cell its code (#REF!). */
    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : CellText.of(cell.getNumericCellValue());
            case STRING -> CellText.of(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
