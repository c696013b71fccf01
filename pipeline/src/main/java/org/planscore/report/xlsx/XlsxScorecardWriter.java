package org.planscore.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.planscore.plan.Pillar;
import org.planscore.report.ReportFiles;
import org.planscore.report.ReportModel;
import org.planscore.report.ScoredTarget;
import org.planscore.report.text.ReportTexts;

/**
 * Writes the analysts' scorecard: one row per target, numbers as numeric cells, a frozen header with an
 * autofilter. Streaming (SXSSF) keeps memory flat however many targets a plan has.
 */
public final class XlsxScorecardWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    public void write(ReportModel model, Path out) throws IOException {
        ReportFiles.writeAtomically(out, stream -> write(model, stream));
    }

    public void write(ReportModel model, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.forLocale(model.locale());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet"));
            Map<ScorecardColumn, CellStyle> styles = columnStyles(workbook);
            writeHeader(sheet, headerStyle(workbook), texts);
            int rowIndex = 1;
            for (ScoredTarget target : model.targets()) {
                ScorecardRow values = ScorecardRow.of(target, pillarName(model, target), texts);
                writeRow(sheet.createRow(rowIndex++), values, styles);
            }
            int lastColumn = ScorecardColumn.values().length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 0), 0, lastColumn));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            // Deletes the temporary sheet files SXSSF streams rows into.
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeHeader(SXSSFSheet sheet, CellStyle style, ReportTexts texts) {
        Row header = sheet.createRow(0);
        for (ScorecardColumn column : ScorecardColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(texts.text(column.headerKey));
            cell.setCellStyle(style);
            sheet.setColumnWidth(column.ordinal(), column.widthInChars * 256);
        }
    }

    private static void writeRow(Row row, ScorecardRow values, Map<ScorecardColumn, CellStyle> styles) {
        for (ScorecardColumn column : ScorecardColumn.values()) {
            Object value = column.value.apply(values);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column.ordinal());
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                // Always a plain string cell: a target named "=HYPERLINK(...)" must stay text, never a formula.
                cell.setCellValue(truncated(value.toString()));
            }
            cell.setCellStyle(styles.get(column));
        }
    }

    private static String truncated(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT);
    }

    private static String pillarName(ReportModel model, ScoredTarget target) {
        return model.plan().pillars().stream()
                .filter(p -> p.id().equals(target.target().pillar()))
                .map(Pillar::name)
                .map(name -> name.in(model.locale()))
                .findFirst()
                .orElse(target.target().pillar());
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static Map<ScorecardColumn, CellStyle> columnStyles(SXSSFWorkbook workbook) {
        Map<ScorecardColumn, CellStyle> styles = new EnumMap<>(ScorecardColumn.class);
        CellStyle text = workbook.createCellStyle();
        for (ScorecardColumn column : ScorecardColumn.values()) {
            if (column.numberFormat == null) {
                styles.put(column, text);
            } else {
                CellStyle numeric = workbook.createCellStyle();
                numeric.setDataFormat(workbook.createDataFormat().getFormat(column.numberFormat));
                styles.put(column, numeric);
            }
        }
        return styles;
    }
}
