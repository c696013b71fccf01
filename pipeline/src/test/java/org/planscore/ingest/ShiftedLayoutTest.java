package org.planscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Meaning comes from titles and header text, never from positions: every real workbook, laid out again as the next
 * issue of a publication or an analyst may lay it out — sheets in reverse order and every table one row down and one
 * column right; an empty column pushed in; an .xls saved as .xlsx — gives the figures the original gives: same
 * indicator, area, period, value, unit, vintage, coverage and measure; only the cell they are cited to moves.
 */
class ShiftedLayoutTest {

    @TempDir
    static Path copies;

    /** Each original is read once for all the copies compared with it. */
    private static final Map<String, List<String>> ORIGINALS = new ConcurrentHashMap<>();

    private static List<String> originalFigures(String name) {
        return ORIGINALS.computeIfAbsent(name, n -> Ingested.read(Ingested.resource("real/" + n)).figuresWithoutPlace());
    }

    /** Each original is read once for its shifted and its widened copy. */
    private static final Map<String, List<Path>> LAID_OUT = new ConcurrentHashMap<>();

    private static Path shifted(String name) {
        return laidOut(name).get(0);
    }

    private static Path widened(String name) {
        return laidOut(name).get(1);
    }

    private static List<Path> laidOut(String name) {
        return LAID_OUT.computeIfAbsent(name, n -> {
            boolean xlsx = n.endsWith(".xlsx");
            return copy(Ingested.resource("real/" + n), List.of(
                    new Layout(copies.resolve(n), 1, c -> c + 1, xlsx),
                    new Layout(copies.resolve("widened-" + n), 0, c -> c < 2 ? c : c + 1, xlsx)));
        });
    }

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
        Path shifted = shifted(name);

        // when both are read
        List<String> expected = originalFigures(name);
        List<String> actual = Ingested.read(shifted).figuresWithoutPlace();

        // then they give the same figures
        assertThat(expected).as("figures of the original").isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void aBlankColumnInsertedAfterTheSecondLeavesEveryKnownFigureAsItWas(String name) throws IOException {
        // given a real workbook and a copy with an empty column C pushed into every sheet
        Path widened = widened(name);

        // when both are read, then the figures of every table a profile knows are the same; a table no profile knows
        // (LOC_ codes, named after its title and headers for an analyst to map) may be named otherwise when its
        // group header no longer reaches across the empty column
        assertThat(known(Ingested.read(widened).figuresWithoutPlace()))
                .containsExactlyInAnyOrderElementsOf(known(originalFigures(name)));
    }

    private static List<String> known(List<String> figures) {
        return figures.stream().filter(f -> !f.startsWith("LOC_")).toList();
    }

    static Stream<String> legacyWorkbooks() throws IOException {
        return workbooks().filter(name -> name.endsWith(".xls"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacyWorkbooks")
    void anXlsWorkbookSavedAgainAsXlsxGivesTheSameFigures(String name) throws IOException {
        // given a real .xls workbook, opened and saved as .xlsx by an analyst
        Path saved = copy(Ingested.resource("real/" + name), List.of(new Layout(copies.resolve(name + "x"), 0, c -> c,
                true))).get(0);

        // when both are read, then they give the same figures
        assertThat(Ingested.read(saved).figuresWithoutPlace())
                .containsExactlyInAnyOrderElementsOf(originalFigures(name));
    }

    /**
     * Where a copy goes and how it is laid out: every cell and merged region moved {@code rowsDown} and to the column
     * {@code column} gives, as .xlsx or .xls.
     */
    record Layout(Path target, int rowsDown, IntUnaryOperator column, boolean xlsx) {
    }

    /**
     * Copies with their sheets in reverse order, each laid out as asked (cells that would fall past the format's last
     * row or column are left out), from one reading of the original: an .xlsx streamed as the product reads it (the
     * in-memory model took half of this test's time), an .xls in memory.
     */
    static List<Path> copy(Path original, List<Layout> layouts) {
        boolean xlsx = original.getFileName().toString().endsWith(".xlsx");
        try (Workbook in = xlsx ? StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(original.toFile())
                : WorkbookFactory.create(original.toFile(), null, true)) {
            List<LaidOutCopy> copies = new ArrayList<>();
            for (Layout layout : layouts) {
                copies.add(new LaidOutCopy(layout));
            }
            for (int s = in.getNumberOfSheets() - 1; s >= 0; s--) {
                Sheet from = in.getSheetAt(s);
                copies.forEach(copy -> copy.startSheet(from.getSheetName()));
                for (Row row : from) {
                    for (Cell cell : row) {
                        CellValue value = CellValue.of(cell);
                        copies.forEach(copy -> copy.put(row.getRowNum(), cell.getColumnIndex(), value));
                    }
                }
                // after the rows: a streamed sheet knows its merged regions once read
                for (CellRangeAddress merged : from.getMergedRegions()) {
                    copies.forEach(copy -> copy.merge(merged));
                }
            }
            List<Path> made = new ArrayList<>();
            for (LaidOutCopy copy : copies) {
                made.add(copy.write());
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value a reader sees (a formula's cached result), its number format and its font's name. */
    private record CellValue(CellType type, double number, String text, boolean bool, String format, String font) {

        static CellValue of(Cell from) {
            CellType type = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType()
                    : from.getCellType();
            CellStyle style = from.getCellStyle();
            String font = style instanceof XSSFCellStyle xssf ? xssf.getFont().getFontName()
                    : from.getSheet().getWorkbook().getFontAt(style.getFontIndex()).getFontName();
            return new CellValue(type, type == CellType.NUMERIC ? from.getNumericCellValue() : 0,
                    type == CellType.STRING ? from.getRichStringCellValue().getString() : null,
                    type == CellType.BOOLEAN && from.getBooleanCellValue(), style.getDataFormatString(), font);
        }

        void writeTo(Cell to, Styles styles) {
            switch (type) {
                case NUMERIC -> to.setCellValue(number);
                case STRING -> to.setCellValue(text);
                case BOOLEAN -> to.setCellValue(bool);
                default -> {
                }
            }
            to.setCellStyle(styles.of(format, font));
        }
    }

    /** One copy being written, a row at a time (rows come in order within a sheet). */
    private static final class LaidOutCopy {
        private final Layout layout;
        // streamed, with a shared-strings table as Excel writes one: the in-memory writer took most of this test's time
        private final Workbook out;
        private final Styles styles;
        private final int lastRow;
        private final int lastColumn;
        private Sheet sheet;
        private Row row;

        LaidOutCopy(Layout layout) {
            this.layout = layout;
            this.out = layout.xlsx() ? new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true) : new HSSFWorkbook();
            this.styles = new Styles(out);
            this.lastRow = out.getSpreadsheetVersion().getLastRowIndex();
            this.lastColumn = out.getSpreadsheetVersion().getLastColumnIndex();
        }

        void startSheet(String name) {
            sheet = out.createSheet(name);
            row = null;
        }

        void put(int rowNum, int columnIndex, CellValue value) {
            int at = layout.column().applyAsInt(columnIndex);
            int down = rowNum + layout.rowsDown();
            // formatted blank rows down to the format's last row have nowhere to move: nothing is lost
            if (down > lastRow || at > lastColumn) {
                return;
            }
            if (row == null || row.getRowNum() != down) {
                row = sheet.createRow(down);
            }
            value.writeTo(row.createCell(at), styles);
        }

        void merge(CellRangeAddress merged) {
            int first = layout.column().applyAsInt(merged.getFirstColumn());
            int last = layout.column().applyAsInt(merged.getLastColumn());
            if (merged.getLastRow() + layout.rowsDown() <= lastRow && last <= lastColumn) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(merged.getFirstRow() + layout.rowsDown(),
                        merged.getLastRow() + layout.rowsDown(), first, last));
            }
        }

        Path write() throws IOException {
            // closing a streamed workbook deletes its temporary files
            try (out; OutputStream stream = Files.newOutputStream(layout.target())) {
                out.write(stream);
            }
            return layout.target();
        }
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
