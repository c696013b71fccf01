package org.planscore.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.planscore.report.ReportFiles;
import org.planscore.report.ReportModel;
import org.planscore.report.text.ReportTexts;

/**
 * Writes the leadership PDF: A4, page 1 a phone-readable summary, then one section per pillar with a vector
 * chart per target. All text, including chart text, is in the embedded Liberation Sans subset.
 */
public final class PdfReportWriter {

    public void write(ReportModel model, Path out) throws IOException {
        ReportFiles.writeAtomically(out, stream -> write(model, stream));
    }

    public void write(ReportModel model, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.forLocale(model.locale());
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            Typography type = Typography.of(fonts);
            ChartDrawer charts = new ChartDrawer(fonts);
            try (PageCursor cursor = new PageCursor(document)) {
                new SummaryPage(model, texts, type).render(cursor);
                new PillarSections(model, texts, type, charts).render(cursor);
            }
            PageFooters.draw(document, type.footer(), texts, Objects.toString(model.plan().area(), ""),
                    texts.date(model.asOf()));
            describe(document, model, texts);
            document.save(out);
        }
    }

    private static void describe(PDDocument document, ReportModel model, ReportTexts texts) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(model.plan().title().in(model.locale()));
        info.setSubject(texts.text("pdf.subject"));
        info.setCreator("PlanScore");
        info.setCreationDate(Calendar.getInstance());
        // Screen readers and text-to-speech on phones pick the voice from the document language.
        document.getDocumentCatalog().setLanguage(model.locale().toLanguageTag());
    }
}
