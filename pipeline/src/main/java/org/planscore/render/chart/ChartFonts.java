package org.planscore.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, shipped on the classpath by openpdf-fonts-extra. It has every precomposed Vietnamese
 * letter, which the JVM's logical "SansSerif" font does not guarantee on a bare server. The same TTF files
 * are embedded in the PDF, so charts and body text use one typeface with identical metrics.
 */
public final class ChartFonts {

    public static final String REGULAR_RESOURCE = "/liberation/LiberationSans-Regular.ttf";
    public static final String BOLD_RESOURCE = "/liberation/LiberationSans-Bold.ttf";

    private ChartFonts() {
    }

    // Loaded once: Font.createFont copies the file to a temp file each call.
    private static final class Loaded {
        static final Font REGULAR = loadAndRegister(REGULAR_RESOURCE);
        static final Font BOLD = loadAndRegister(BOLD_RESOURCE);
    }

    public static Font regular(float size) {
        return Loaded.REGULAR.deriveFont(Font.PLAIN, size);
    }

    /** The real bold face, not an AWT-synthesised emboldening of the regular one. */
    public static Font bold(float size) {
        return Loaded.BOLD.deriveFont(Font.PLAIN, size);
    }

    /** Opens one of the TTF resources; the caller closes it. */
    public static InputStream open(String resource) {
        InputStream in = ChartFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font " + resource + " not on the classpath (openpdf-fonts-extra missing?)");
        }
        return in;
    }

    private static Font loadAndRegister(String resource) {
        try (InputStream in = open(resource)) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Registering lets code that asks for the family by name ("Liberation Sans") get it too;
            // it returns false when the system already has the family, which is fine.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        }
    }
}
