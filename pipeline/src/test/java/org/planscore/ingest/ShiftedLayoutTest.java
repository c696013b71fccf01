package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Meaning comes from titles and header text, never from positions: every real workbook, copied with its sheets in
 * reverse order and every table moved one row down and one column right (as the next issue of a publication may
 * lay it out), gives exactly the figures the original gives — same indicator, area, period, value, unit, vintage,
 * coverage and measure; only the cell they are cited to moves.
 */
class ShiftedLayoutTest {

    @TempDir
    static Path copies;

    static Stream<String> workbooks() throws IOException {
        try (Stream<Path> files = Files.list(Ingested.resource("real/README.md").getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void aWorkbookLaidOutOneRowDownAndOneColumnRightGivesTheSameFigures(String name) throws IOException {
        // given a real workbook and its shifted copy
        Path original = Ingested.resource("real/" + name);
        Path shifted = copy(original, copies.resolve(name), 1, 1, original.toString().endsWith(".xlsx"));

        // when both are read
        List<String> expected = Ingested.read(original).figuresWithoutPlace();
        List<String> actual = Ingested.read(shifted).figuresWithoutPlace();

        // then they give the same figures
        assertThat(expected).as("figures of the original").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<String> legacyWorkbooks() throws IOException {
        return workbooks().filter(name -> name.endsWith(".xls"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyWorkbooks")
    void anXlsWorkbookSavedAgainAsXlsxGivesTheSameFigures(String name) throws IOException {
        // given a real .xls workbook, opened and saved as .xlsx by an analyst
        Path original = Ingested.resource("real/" + name);
        Path saved = copy(original, copies.resolve(name + "x"), 0, 0, true);

        // when both are read, then they give the same figures
        assertThat(Ingested.read(saved).figuresWithoutPlace())
                .containsExactlyInAnyOrderElementsOf(Ingested.read(original).figuresWithoutPlace());
    }

    /** A copy with its sheets in reverse order, every cell and merged region moved down and right by the given rows and columns. */
    static Path copy(Path original, Path target, int rowsDown, int columnsRight, boolean xlsx) throws IOException {
        try (Workbook in = WorkbookFactory.create(original.toFile(), null, true);
             Workbook out = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Styles styles = new Styles(out);
            int lastRow = out.getSpreadsheetVersion().getLastRowIndex();
            int lastColumn = out.getSpreadsheetVersion().getLastColumnIndex();
            for (int s = in.getNumberOfSheets() - 1; s >= 0; s--) {
                Sheet from = in.getSheetAt(s);
                Sheet to = out.createSheet(from.getSheetName());
                for (Row row : from) {
                    // formatted blank rows down to the format's last row have nowhere to move: nothing is lost
                    if (row.getRowNum() + rowsDown > lastRow) {
                        continue;
                    }
                    Row copy = to.createRow(row.getRowNum() + rowsDown);
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() + columnsRight <= lastColumn) {
                            copyCell(cell, copy.createCell(cell.getColumnIndex() + columnsRight), in, styles);
                        }
                    }
                }
                for (CellRangeAddress merged : from.getMergedRegions()) {
                    if (merged.getLastRow() + rowsDown > lastRow || merged.getLastColumn() + columnsRight > lastColumn) {
                        continue;
                    }
                    to.addMergedRegionUnsafe(new CellRangeAddress(merged.getFirstRow() + rowsDown, merged.getLastRow() + rowsDown,
                            merged.getFirstColumn() + columnsRight, merged.getLastColumn() + columnsRight));
                }
            }
            try (OutputStream stream = Files.newOutputStream(target)) {
                out.write(stream);
            }
        }
        return target;
    }

    /** The value a reader sees (a formula's cached result), its number format and its font's name. */
    private static void copyCell(Cell from, Cell to, Workbook in, Styles styles) {
        CellType type = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType() : from.getCellType();
        switch (type) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case STRING -> to.setCellValue(from.getRichStringCellValue().getString());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            default -> {
            }
        }
        CellStyle style = from.getCellStyle();
        to.setCellStyle(styles.of(style.getDataFormatString(), in.getFontAt(style.getFontIndex()).getFontName()));
    }

    /** Styles made once per (number format, font name): the binary format allows only a few thousand. */
    private static final class Styles {
        private final Workbook workbook;
        private final Map<String, CellStyle> made = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
        }

        CellStyle of(String format, String fontName) {
            return made.computeIfAbsent(format + "\u0000" + fontName, key -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                Font font = workbook.createFont();
                font.setFontName(fontName);
                style.setFont(font);
                return style;
            });
        }
    }
}
