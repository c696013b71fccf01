package org.planscore.render.pdf;

import java.awt.Color;

/**
 * The text styles added for the finished report: page 1's pillar lines and notes (13 pt or more, for a phone), and
 * the small table, footnote and heatmap text of the detail pages (read zoomed or printed).
 */
record ExtraTypography(TextStyle pillarName, TextStyle pillarDetail, TextStyle note, TextStyle chipLabel,
                       TextStyle chipNumber, TextStyle tableHeader, TextStyle tableText, TextStyle tableNumber,
                       TextStyle cell, TextStyle rowLabel, TextStyle outlook, TextStyle footnote,
                       TextStyle pillarRow) {

    static ExtraTypography of(PdfFonts fonts) {
        return new ExtraTypography(
                new TextStyle(fonts.bold(), 14f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 13f, ReportColors.MUTED),
                new TextStyle(fonts.regular(), 13f, ReportColors.MUTED),
                new TextStyle(fonts.regular(), 13f, ReportColors.TEXT),
                new TextStyle(fonts.bold(), 13f, Color.WHITE),
                new TextStyle(fonts.bold(), 8f, ReportColors.MUTED),
                new TextStyle(fonts.regular(), 8.5f, ReportColors.TEXT),
                new TextStyle(fonts.bold(), 8.5f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 6.5f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 8f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 10.5f, ReportColors.HEADING),
                new TextStyle(fonts.regular(), 7.5f, ReportColors.MUTED),
                new TextStyle(fonts.bold(), 13f, ReportColors.TEXT));
    }
}
