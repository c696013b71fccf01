package org.planscore.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** How final a figure is. A later vintage of the same figure supersedes an earlier one; both are kept. */
public enum Vintage {
    ESTIMATE, PRELIMINARY, OFFICIAL;

    private static final Vintage[] VALUES = values();

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** Reads the English code or the Vietnamese word (ước tính, sơ bộ, chính thức), with or without accents. */
    public static Optional<Vintage> parse(String text) {
        // Fast path for the codes themselves, as most files write them (the import calls this for every row).
        for (Vintage vintage : VALUES) {
            if (vintage.code().equals(text)) {
                return Optional.of(vintage);
            }
        }
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
