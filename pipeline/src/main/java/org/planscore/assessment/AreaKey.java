package org.planscore.assessment;

import org.planscore.ingest.text.VnText;

/**
 * A comparison key for area labels, so that " Hải Phòng ", "Hai Phong" and "TP. Hải Phòng" name one area.
 * A qualifier in brackets is part of the key: "Hải Phòng (hợp nhất)", the city merged with Hải Dương from 1 July
 * 2025, is another perimeter than "Hải Phòng", the former city. Accents and spacing fold as everywhere else
 * ({@link VnText#fold}).
 */
final class AreaKey {

    private AreaKey() {
    }

    static String of(String label) {
        return VnText.fold(label).replaceFirst("^(tp\\.?|thanh pho|city of)\\s*", "").replace(" city", "").strip();
    }
}
