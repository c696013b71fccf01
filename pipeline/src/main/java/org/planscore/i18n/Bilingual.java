package org.planscore.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message for analysts in Vietnamese and English, from the {@code i18n/analyst} bundles.
 * Analysts read rejection reasons in either language, so every such message carries both.
 */
public record Bilingual(String vi, String en) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Formats bundle key {@code key} with {@code args} in both languages. */
    public static Bilingual of(String key, Object... args) {
        return new Bilingual(format(VI, key, args), format(Locale.ENGLISH, key, args));
    }

    private static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/analyst", locale, NoLocaleFallback.CONTROL);
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(args);
    }

    /** Both languages, Vietnamese first, as a reason file shows them. */
    public String both() {
        return vi + "\n" + en;
    }
}
