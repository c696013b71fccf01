package org.planscore.render.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.planscore.render.summary.PillarLine;
import org.planscore.render.summary.SummaryTexts;
import org.planscore.render.text.ReportTexts;

/**
 * The scorecard's pillar sheet: one row per pillar as page 1 shows it, its status in words ("too few figures" when
 * its mean rests on fewer targets than the configured coverage), the mean score beside it, and how many of its
 * targets have data. The pillar's id stays in a column of its own, for machines.
 */
final class PillarSummarySheet {

    private static final String[] HEADERS = {"xlsx.pillars.name", "xlsx.pillars.status", "xlsx.pillars.score",
        "xlsx.pillars.scored", "xlsx.pillars.targets", "xlsx.pillars.id"};
    private static final int[] WIDTHS = {40, 22, 10, 14, 12, 22};

    private PillarSummarySheet() {
    }

    static void write(SXSSFSheet sheet, List<PillarLine> pillars, ReportTexts texts, ScorecardStyles styles) {
        SummaryTexts sentences = new SummaryTexts(texts);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(texts.text(HEADERS[i]));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int rowIndex = 1;
        for (PillarLine line : pillars) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, line.name(), styles);
            text(row, 1, sentences.pillarStatus(line), styles);
            if (line.meanScore() != null) {
                Cell score = row.createCell(2);
                score.setCellValue(line.meanScore());
                score.setCellStyle(styles.columns.get(ScorecardColumn.SCORE));
            }
            row.createCell(3).setCellValue(line.scored());
            row.createCell(4).setCellValue(line.targets().size());
            text(row, 5, line.id(), styles);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, ScorecardStyles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.textFor(value));
    }
}
