package org.planscore.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** How final a figure is. A later vintage of the same figure supersedes an earlier one; both are kept. */
public enum Vintage {
    ESTIMATE, PRELIMINARY, OFFICIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the English code or the Vietnamese word (ước tính, sơ bộ, chính thức), with or without accents. */
    public static Optional<Vintage> parse(String text) {
        String plain = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return switch (plain) {
            case "estimate", "uoc tinh", "uoc", "est" -> Optional.of(ESTIMATE);
            case "preliminary", "prel", "prel.", "so bo" -> Optional.of(PRELIMINARY);
            case "official", "actual", "chinh thuc" -> Optional.of(OFFICIAL);
            default -> Optional.empty();
        };
    }
}
