package org.planscore.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.planscore.ingest.ImportLimits;

/** A legacy .xls workbook (read whole by POI) sheet by sheet, each cell's value as stored. */
final class WorkbookGrid implements Grid {

    private final Workbook workbook;
    private final Iterator<Sheet> sheets;
    private final String displayName;
    private final ImportLimits limits;

    WorkbookGrid(Workbook workbook, String displayName, ImportLimits limits) {
        this.workbook = workbook;
        this.sheets = workbook.iterator();
        this.displayName = displayName;
        this.limits = limits;
    }

    @Override
    public SheetRows nextSheet() {
        if (!sheets.hasNext()) {
            return null;
        }
        Sheet sheet = sheets.next();
        Iterator<Row> rows = sheet.iterator();
        String name = sheet.getSheetName();
        return new SheetRows() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RawRow next() {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    java.util.BitSet numeric = new java.util.BitSet();
                    List<String> cells = cells(name, row, numeric);
                    if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                        return new RawRow(row.getRowNum() + 1, cells, null, numeric);
                    }
                }
                return null;
            }
        };
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The row's cells, blanks filled in up to each cell's column, each cell held to {@link CellLimits} first. */
    private List<String> cells(String sheet, Row row, java.util.BitSet numeric) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            CellLimits.checkColumn(limits, displayName, sheet, row.getRowNum() + 1, column);
            while (cells.size() < column) {
                cells.add("");
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                numeric.set(column);
            }
            String text = text(cell, cell.getCellType());
            CellLimits.checkLength(limits, displayName, sheet, row.getRowNum() + 1, column, text.length());
            cells.add(text);
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
