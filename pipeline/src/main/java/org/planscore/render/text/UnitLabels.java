package org.planscore.render.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one unit vocabulary of every report: a unit as the catalogue or an input file writes it ("bn VND", "mn visits",
 * "firms", or already "tỷ đồng") to the words of the edition ("tỷ đồng" / "bn VND"). Read from
 * {@code i18n/units.txt}; a unit not listed there is shown as written.
 */
public final class UnitLabels {

    private static final String TABLE = "i18n/units.txt";
    private static final Map<String, String[]> LABELS = load();

    private UnitLabels() {
    }

    /** The unit in the edition's language, or the unit as written when the table does not know it; null for null. */
    public static String of(String unit, Locale locale) {
        if (unit == null) {
            return null;
        }
        String[] labels = LABELS.get(key(unit));
        if (labels == null) {
            return unit.trim();
        }
        return "en".equals(locale.getLanguage()) ? labels[1] : labels[0];
    }

    /** Whether the table knows the unit (the tests use it to find units a catalogue adds without words for them). */
    public static boolean isKnown(String unit) {
        return unit != null && LABELS.containsKey(key(unit));
    }

    private static String key(String unit) {
        return unit.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> labels = new HashMap<>();
        try (InputStream in = UnitLabels.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing unit table " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(TABLE + ":" + number + ": expected 3 cells separated by ';'");
                }
                labels.put(key(cells[0]), new String[] {cells[1].trim(), cells[2].trim()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(labels);
    }
}
