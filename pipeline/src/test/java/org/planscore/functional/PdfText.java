package org.planscore.functional;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its page count and its text, page by page. */
public record PdfText(int pages, String firstPage, String all) {

    public static PdfText of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return new PdfText(document.getNumberOfPages(), stripper.getText(document), all);
        }
    }

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(document);
            return new PdfText(document.getNumberOfPages(), all, all);
        }
    }
}
