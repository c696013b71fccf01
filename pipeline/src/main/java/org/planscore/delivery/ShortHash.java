package org.planscore.delivery;

import org.planscore.support.Sha256;

/** First 12 hex digits of SHA-256: short enough for a header, long enough not to collide among our reports. */
final class ShortHash {

    private ShortHash() {
    }

    static String of(String text) {
        return Sha256.ofText(text).substring(0, 12);
    }
}
