package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.planscore.assessment.ReportModel;
import org.planscore.plan.Pillar;
import org.planscore.plan.PlanTarget;
import org.planscore.render.pdf.EmbeddedFonts;

/**
 * The rendering checks of a written report: every page's text extracted, with every target and pillar name of the
 * catalogue found letter for letter (no "?" or empty box in a Vietnamese word), every font embedded (those inside
 * the charts too), one vector chart per target with figures, and page 1 rendered to a PNG beside the PDF.
 */
final class RenderingChecks {

    private RenderingChecks() {
    }

    static void assertRenders(Path pdf, ReportModel model) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            long withData = model.targets().stream().filter(t -> !t.series().isEmpty()).count();
            // page 1, the heatmap, and at least one page per pillar
            assertThat(pages).isGreaterThanOrEqualTo(2 + model.plan().pillars().size());
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text.strip()).as("text of page %d", page).isNotEmpty();
                pageTexts.add(text);
            }
            String all = String.join(" ", pageTexts).replaceAll("\\s+", " ");
            assertThat(all).doesNotContain("\uFFFD");
            // Sources are URLs and may hold a query; anywhere else a "?" is a glyph the font did not have.
            assertThat(all.replaceAll("https?://\\S+", "")).doesNotContain("?");
            for (PlanTarget target : model.plan().targets()) {
                assertThat(all).contains(target.name().in(model.locale()).replaceAll("\\s+", " "));
            }
            for (Pillar pillar : model.plan().pillars()) {
                assertThat(all).contains(pillar.name().in(model.locale()));
            }
            assertThat(EmbeddedFonts.formCount(document)).as("one vector chart per target with figures")
                    .isEqualTo((int) withData);
            List<PDFont> fonts = EmbeddedFonts.all(document);
            assertThat(EmbeddedFonts.formFontCount(document)).as("fonts inside the charts").isPositive();
            assertThat(fonts).isNotEmpty().allMatch(EmbeddedFonts::isEmbeddedTrueType);
        }
        String name = pdf.getFileName().toString();
        Path png = pdf.resolveSibling(name.substring(0, name.length() - 4) + "-page1.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as(png.toString()).isNotNull();
        assertThat(image.getHeight()).isGreaterThan(image.getWidth()).isGreaterThan(1000);
    }
}
