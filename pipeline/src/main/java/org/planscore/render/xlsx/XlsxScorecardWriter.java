package org.planscore.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.planscore.assessment.ObservationPoint;
import org.planscore.assessment.ReportModel;
import org.planscore.assessment.ScoredTarget;
import org.planscore.render.pdf.ReportColors;
import org.planscore.render.summary.PillarLine;
import org.planscore.render.summary.PlanReading;
import org.planscore.render.text.IndicatorNames;
import org.planscore.render.text.ReportTexts;
import org.planscore.scoring.ProgressStatus;
import org.planscore.support.AtomicFileWrite;

/**
 * Writes the analysts' scorecard: a sheet of every target, one sheet per pillar, and a sheet of every figure used
 * with its source and vintage. Numbers are numeric cells with formats; each sheet has a frozen header and an
 * autofilter; the status column is coloured by conditional formatting. No input text is ever written as a formula.
 * Streaming (SXSSF) keeps memory flat however many targets a plan has.
 */
public final class XlsxScorecardWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_SHEET_NAME = 31;

    public void write(ReportModel model, Path out) throws IOException {
        AtomicFileWrite.writeAtomically(out, stream -> write(model, stream));
    }

    public void write(ReportModel model, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.forLocale(model.locale());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            ScorecardStyles styles = new ScorecardStyles(workbook);
            Set<String> sheetNames = new HashSet<>();
            List<PillarLine> pillars = PillarLine.of(model, texts);
            Map<ScoredTarget, String> pillarNames = new LinkedHashMap<>();
            pillars.forEach(p -> p.targets().forEach(t -> pillarNames.put(t, p.name())));

            writeTargets(workbook.createSheet(sheetName(texts.text("xlsx.sheet"), sheetNames)), model.targets(),
                    pillarNames, texts, styles);
            for (PillarLine pillar : pillars) {
                writeTargets(workbook.createSheet(sheetName(pillar.name(), sheetNames)), pillar.targets(),
                        pillarNames, texts, styles);
            }
            writeObservations(workbook.createSheet(sheetName(texts.text("xlsx.sheet.observations"), sheetNames)),
                    model, texts, styles);
            // Page 1's pillar lines, on the main targets, with the same "too few figures" rule.
            PillarSummarySheet.write(workbook.createSheet(sheetName(texts.text("xlsx.sheet.pillars"), sheetNames)),
                    PillarLine.of(PlanReading.of(model.plan()).mainOnly(model), texts), texts, styles);
            workbook.write(out);
        } finally {
            // Deletes the temporary sheet files SXSSF streams rows into.
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeTargets(SXSSFSheet sheet, List<ScoredTarget> targets,
                                     Map<ScoredTarget, String> pillarNames, ReportTexts texts,
                                     ScorecardStyles styles) {
        Row header = sheet.createRow(0);
        for (ScorecardColumn column : ScorecardColumn.values()) {
            headerCell(header, column.ordinal(), texts.text(column.headerKey), styles);
            sheet.setColumnWidth(column.ordinal(), column.widthInChars * 256);
        }
        int rowIndex = 1;
        for (ScoredTarget target : targets) {
            String pillar = pillarNames.getOrDefault(target, target.target().pillar());
            writeRow(sheet.createRow(rowIndex++), ScorecardRow.of(target, pillar, texts), styles);
        }
        int lastColumn = ScorecardColumn.values().length - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 0), 0, lastColumn));
        sheet.createFreezePane(0, 1);
        if (rowIndex > 1) {
            colourStatuses(sheet, texts, ScorecardColumn.STATUS.ordinal(), rowIndex - 1);
        }
    }

    private static void writeRow(Row row, ScorecardRow values, ScorecardStyles styles) {
        for (ScorecardColumn column : ScorecardColumn.values()) {
            Object value = column.value.apply(values);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column.ordinal());
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.columns.get(column));
            } else {
                textCell(cell, value.toString(), styles);
            }
        }
    }

    /** Every figure the report used, once per indicator, area and year, with the targets it serves. */
    private static void writeObservations(SXSSFSheet sheet, ReportModel model, ReportTexts texts,
                                          ScorecardStyles styles) {
        String[] headers = {"xlsx.obs.indicator", "xlsx.obs.area", "xlsx.obs.year", "xlsx.obs.value",
            "xlsx.obs.unit", "xlsx.obs.vintage", "xlsx.obs.source", "xlsx.obs.targets", "xlsx.obs.name",
            "xlsx.obs.cell", "xlsx.obs.definition", "xlsx.obs.others"};
        int[] widths = {22, 14, 8, 14, 12, 14, 70, 40, 40, 12, 60, 90};
        IndicatorNames names = new IndicatorNames(texts.locale());
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            headerCell(header, i, texts.text(headers[i]), styles);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (ScoredTarget target : model.targets()) {
            for (ObservationPoint point : target.series()) {
                String key = target.target().indicator() + '\u0000' + target.target().area() + '\u0000' + point.year();
                figures.computeIfAbsent(key, k -> new Figure(target, point, new ArrayList<>()))
                        .targets().add(target.target().id());
            }
        }
        int rowIndex = 1;
        for (Figure figure : figures.values()) {
            Row row = sheet.createRow(rowIndex++);
            textCell(row.createCell(0), figure.target().target().indicator(), styles);
            textCell(row.createCell(1), figure.target().target().area(), styles);
            Cell year = row.createCell(2);
            year.setCellValue(figure.point().year());
            year.setCellStyle(styles.year);
            Cell value = row.createCell(3);
            value.setCellValue(figure.point().value());
            value.setCellStyle(styles.value);
            textCell(row.createCell(4), texts.unit(figure.target().target().unit()), styles);
            String vintage = texts.vintage(figure.point().vintage());
            textCell(row.createCell(5), vintage == null ? figure.point().vintage() : vintage, styles);
            textCell(row.createCell(6), figure.point().source(), styles);
            textCell(row.createCell(7), String.join(", ", figure.targets()), styles);
            // The code above is for machines and filters; people read the name.
            textCell(row.createCell(8), names.of(figure.target().target()), styles);
            textCell(row.createCell(9), figure.point().cell(), styles);
            textCell(row.createCell(10), figure.point().definition() == null ? null
                    : figure.point().definition().in(texts.locale()), styles);
            textCell(row.createCell(11), OtherFigures.describe(figure.point(), texts), styles);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 0), 0, headers.length - 1));
        sheet.createFreezePane(0, 1);
    }

    private record Figure(ScoredTarget target, ObservationPoint point, List<String> targets) {
    }

    private static void headerCell(Row header, int column, String text, ScorecardStyles styles) {
        Cell cell = header.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    /**
     * Always a plain string cell: a target named "=HYPERLINK(...)" must stay text, never a formula; one that starts
     * like a formula is also quote-prefixed, so it stays text when an analyst edits the cell.
     */
    private static void textCell(Cell cell, String text, ScorecardStyles styles) {
        if (text == null) {
            return;
        }
        String value = text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT);
        cell.setCellValue(value);
        cell.setCellStyle(styles.textFor(value));
    }

    /** The status column filled in the PDF's status colours, one rule per status word of this edition. */
    private static void colourStatuses(SXSSFSheet sheet, ReportTexts texts, int column, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, column, column)};
        for (ProgressStatus status : ProgressStatus.values()) {
            // The status word comes from our bundle, never from input; quotes are doubled all the same.
            String word = "\"" + texts.status(status).replace("\"", "\"\"") + "\"";
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, word);
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(rgb(ReportColors.of(status)));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            FontFormatting font = rule.createFontFormatting();
            font.setFontColor(rgb(status == ProgressStatus.MODERATE_PROGRESS ? java.awt.Color.BLACK
                    : java.awt.Color.WHITE));
            formatting.addConditionalFormatting(range, rule);
        }
    }

    private static XSSFColor rgb(java.awt.Color color) {
        return new XSSFColor(new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()},
                null);
    }

    /** A name too long for a sheet tab is cut at a word and ends in an ellipsis, not in the middle of a word. */
    private static String shortened(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        String cut = name.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** A valid sheet name (no []:*?/\, at most 31 characters), unique in the workbook ignoring case. */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(
                shortened(wanted == null || wanted.isBlank() ? "-" : wanted.strip(), MAX_SHEET_NAME), '_');
        // A leading or trailing apostrophe is not allowed either.
        safe = safe.replaceAll("^'+|'+$", "_");
        String name = safe;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = shortened(safe, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
