package org.planscore.render.pdf;

import java.awt.Color;

/**
 * Every text style of the PDF in one place. Page 1 is read on a phone, where a whole A4 page is shown at
 * roughly 65 % size, so its smallest text is 13 pt; the detail pages are read zoomed or printed.
 */
record Typography(TextStyle title, TextStyle area, TextStyle asOf, TextStyle summaryHeading,
                  TextStyle countNumber, TextStyle countLabel, TextStyle behindName, TextStyle behindStatus,
                  TextStyle behindDetail, TextStyle pillarHeading, TextStyle targetName, TextStyle targetStatus,
                  TextStyle sentence, TextStyle source, TextStyle footer) {

    static Typography of(PdfFonts fonts) {
        return new Typography(
                new TextStyle(fonts.bold(), 24f, ReportColors.HEADING),
                new TextStyle(fonts.bold(), 18f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 15f, ReportColors.MUTED),
                new TextStyle(fonts.bold(), 18f, ReportColors.HEADING),
                new TextStyle(fonts.bold(), 16f, Color.WHITE),
                new TextStyle(fonts.regular(), 16f, ReportColors.TEXT),
                new TextStyle(fonts.bold(), 15f, ReportColors.TEXT),
                new TextStyle(fonts.bold(), 14f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 13f, ReportColors.MUTED),
                new TextStyle(fonts.bold(), 16f, Color.WHITE),
                new TextStyle(fonts.bold(), 13f, ReportColors.TEXT),
                new TextStyle(fonts.bold(), 11f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 10.5f, ReportColors.TEXT),
                new TextStyle(fonts.regular(), 8f, ReportColors.MUTED),
                new TextStyle(fonts.regular(), 8f, ReportColors.MUTED));
    }
}
