package org.planscore.plan;

import java.util.Locale;

/** A text in Vietnamese and English; English falls back to Vietnamese when missing. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        if ("en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return vi != null && !vi.isBlank() ? vi : en;
    }
}
