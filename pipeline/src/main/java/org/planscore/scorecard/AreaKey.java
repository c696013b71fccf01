package org.planscore.scorecard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key for area labels, so that " Hải Phòng ", "Hai Phong" and "TP. Hải Phòng" name one area.
 * (The full gazetteer, with codes and merged provinces, replaces this in the source-profile work.)
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
