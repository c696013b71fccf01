package org.planscore.render.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.planscore.render.chart.ChartFonts;

/** The two embedded faces of a report. Type 0 with a subset keeps Vietnamese exact and the file small. */
record PdfFonts(PDType0Font regular, PDType0Font bold) {

    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(load(document, ChartFonts.REGULAR_RESOURCE), load(document, ChartFonts.BOLD_RESOURCE));
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = ChartFonts.open(resource)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // Text arrives precomposed (NFC), one glyph per letter, so no glyph substitution is needed; PDFBox's
            // substitution pass compiles a pattern for every string shown, over half the time of a large report.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }
}
