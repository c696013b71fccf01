package org.planscore.scorecard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key for area labels, so that " Hải Phòng ", "Hai Phong" and "TP. Hải Phòng" name one area.
 * A qualifier in brackets is part of the key: "Hải Phòng (hợp nhất)", the city merged with Hải Dương from 1 July
 * 2025, is another perimeter than "Hải Phòng", the former city. (The full gazetteer, with codes and merged provinces,
 * replaces this in the source-profile work; it must keep perimeters apart too.)
 */
final class AreaKey {

    private AreaKey() {
    }

    static String of(String label) {
        String plain = Normalizer.normalize(label.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replaceAll("\\s+", " ");
        return plain.replaceFirst("^(tp\\.?|thanh pho|city of)\\s*", "").replace(" city", "").strip();
    }
}
