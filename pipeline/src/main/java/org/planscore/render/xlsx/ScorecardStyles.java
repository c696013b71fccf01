package org.planscore.render.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the scorecard, made once per workbook (Excel caps a workbook at 64,000 styles). */
final class ScorecardStyles {

    final CellStyle header;
    final CellStyle text;
    /** Text that starts like a formula (=, +, -, @): shown and kept as text even when a user edits the cell. */
    final CellStyle quotedText;
    final CellStyle value;
    final CellStyle year;
    final Map<ScorecardColumn, CellStyle> columns = new EnumMap<>(ScorecardColumn.class);

    ScorecardStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        value = numeric(workbook, ScorecardColumn.NumberFormats.VALUE);
        year = numeric(workbook, ScorecardColumn.NumberFormats.YEAR);
        for (ScorecardColumn column : ScorecardColumn.values()) {
            columns.put(column, column.numberFormat == null ? text : numeric(workbook, column.numberFormat));
        }
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** The style for a text cell: quote-prefixed when the text would otherwise read as a formula. */
    CellStyle textFor(String value) {
        return looksLikeFormula(value) ? quotedText : text;
    }

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
