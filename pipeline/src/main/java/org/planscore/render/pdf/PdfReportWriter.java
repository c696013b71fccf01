package org.planscore.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.planscore.assessment.PreviousScores;
import org.planscore.assessment.ReportModel;
import org.planscore.render.summary.CityComparison;
import org.planscore.render.summary.PlanReading;
import org.planscore.render.summary.ReportSummary;
import org.planscore.render.text.ReportTexts;
import org.planscore.support.AtomicFileWrite;

/**
 * Writes the leadership PDF: A4, page 1 a phone-readable summary, then a heatmap of indicators × years, then one
 * section per pillar (a table with progress bars and sparklines, then a vector chart per target). All text, including chart text, is in the embedded Liberation Sans subset.
 */
public final class PdfReportWriter {

    /** A report with nothing to compare against (a first report). */
    public void write(ReportModel model, Path out) throws IOException {
        write(model, PreviousScores.NONE, out);
    }

    /** A report that says what changed since the previous one, whose scores are {@code previous}. */
    public void write(ReportModel model, PreviousScores previous, Path out) throws IOException {
        AtomicFileWrite.writeAtomically(out, stream -> write(model, previous, stream));
    }

    public void write(ReportModel model, OutputStream out) throws IOException {
        write(model, PreviousScores.NONE, out);
    }

    public void write(ReportModel model, PreviousScores previous, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.forLocale(model.locale());
        ReportSummary summary = ReportSummary.of(model, previous);
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            Typography type = Typography.of(fonts);
            ExtraTypography extra = ExtraTypography.of(fonts);
            ChartDrawer charts = new ChartDrawer(fonts);
            try (PageCursor cursor = new PageCursor(document)) {
                new SummaryPage(model, summary, texts, type, extra).render(cursor);
                if (!model.targets().isEmpty()) {
                    // Page 2 opens with how the scores are made; page 1 keeps its room for the phone reader.
                    cursor.newPage();
                    // The plan's mean and verdict counts rest on its main targets, like page 1's.
                    PlanReading reading = PlanReading.of(model.plan());
                    new PillarScoresBlock(reading.mainOnly(model), texts, type).draw(cursor);
                    cursor.down(16);
                    new CityComparisonBlock(CityComparison.of(model, reading), texts, type).draw(cursor);
                    cursor.down(16);
                }
                new HeatmapPage(model, texts, type, extra).render(cursor);
                new PillarSections(model, texts, type, extra, charts).render(cursor);
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
