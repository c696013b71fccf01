package org.planscore.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Every font a PDF uses, found through page resources and, recursively, form XObjects (the charts). */
public final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    public static List<PDFont> all(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    /** Counts form XObjects reached, so a test can prove the charts were really looked into. */
    public static int formCount(PDDocument document) throws IOException {
        int forms = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject) {
                    forms++;
                }
            }
        }
        return forms;
    }

    /** Fonts found only inside form XObjects (the charts), to prove those resources were searched. */
    public static int formFontCount(PDDocument document) throws IOException {
        List<PDFont> inForms = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    collect(form.getResources(), inForms, 1);
                }
            }
        }
        return inForms.size();
    }

    /** True when the font program itself is in the file: for TrueType-based fonts, as FontFile2. */
    public static boolean isEmbeddedTrueType(PDFont font) {
        PDFontDescriptor descriptor = font instanceof PDType0Font type0
                ? type0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        return font.isEmbedded() && descriptor != null && descriptor.getFontFile2() != null;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 20) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, depth + 1);
            }
        }
    }
}
