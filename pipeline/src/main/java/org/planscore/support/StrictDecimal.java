package org.planscore.support;

import java.util.regex.Pattern;

/**
 * A plain decimal number as written in a tidy file or a case file: optional sign, digits with at most one point,
 * optional exponent. Checked before {@link Double#parseDouble}, which would also take "NaN", "Infinity", hex
 * ("0x1p3") and type suffixes ("1d", "2f").
 */
public final class StrictDecimal {

    public static final Pattern PATTERN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private StrictDecimal() {
    }

    public static boolean matches(String text) {
        return PATTERN.matcher(text).matches();
    }
}
